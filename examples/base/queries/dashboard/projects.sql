-- endpoint: GET /dashboard
-- params: [42]
-- The active projects of the user's org with their open-task counts.
SELECT p.id, p.name,
       count(t.id) FILTER (WHERE t.status <> 'done') AS open_tasks,
       max(t.updated_at) AS last_activity
FROM projects p
LEFT JOIN tasks t ON t.project_id = p.id
WHERE p.org_id = (SELECT org_id FROM users WHERE id = $1)
  AND p.archived_at IS NULL
GROUP BY p.id
ORDER BY p.name
