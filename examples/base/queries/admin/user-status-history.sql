-- endpoint: GET /admin/users/:id
-- params: [4242]
SELECT l.status, l.changed_at, a.name AS changed_by
FROM log_user_status l
LEFT JOIN users a ON a.id = l.changed_by
WHERE l.user_id = $1
ORDER BY l.changed_at DESC
LIMIT 50
