-- endpoint: GET /dashboard
-- params: [42]
SELECT c.id, c.task_id, t.title AS task_title, c.body, c.created_at
FROM comments c
JOIN tasks t ON t.id = c.task_id
WHERE c.author_id = $1
ORDER BY c.created_at DESC
LIMIT 10
