-- endpoint: GET /projects/:id/tasks
-- params: [1234]
-- Page 2 of the task list, newest first.
SELECT t.id, t.title, t.status, t.priority, t.due_date, u.name AS assignee
FROM tasks t
LEFT JOIN users u ON u.id = t.assignee_id
WHERE t.project_id = $1
ORDER BY t.created_at DESC
LIMIT 25 OFFSET 25
