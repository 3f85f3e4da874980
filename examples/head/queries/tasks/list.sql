-- endpoint: GET /projects/:id/tasks
-- params: [1234]
-- Page 2 of the task list, newest first, with the total for the pager
-- (count(*) OVER () replaces the separate count query: one round-trip less).
SELECT t.id, t.title, t.status, t.priority, t.due_date, u.name AS assignee,
       count(*) OVER () AS total_count
FROM tasks t
LEFT JOIN users u ON u.id = t.assignee_id
WHERE t.project_id = $1
ORDER BY t.created_at DESC
LIMIT 25 OFFSET 25
