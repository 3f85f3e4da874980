-- endpoint: GET /projects/:id/tasks
-- params: [1234]
SELECT id, org_id, owner_id, name, description, archived_at
FROM projects
WHERE id = $1
