-- endpoint: GET /projects/:id/tasks
-- params: [1234]
-- Total for the pager.
SELECT count(*) FROM tasks WHERE project_id = $1
