-- endpoint: GET /dashboard
-- params: [42]
-- "My work": the signed-in user's open tasks, soonest due first.
SELECT t.id, t.title, t.status, t.priority, t.due_date, p.id AS project_id, p.name AS project_name
FROM tasks t
JOIN projects p ON p.id = t.project_id
WHERE t.assignee_id = $1
  AND t.status IN ('todo', 'in_progress', 'review')
ORDER BY t.due_date NULLS LAST, t.id
LIMIT 20
