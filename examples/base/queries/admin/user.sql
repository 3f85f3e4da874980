-- endpoint: GET /admin/users/:id
-- params: [4242]
SELECT u.id, u.email, u.name, u.status, u.is_admin, u.locale, u.created_at, u.last_login_at,
       o.name AS org_name, o.plan
FROM users u
JOIN orgs o ON o.id = u.org_id
WHERE u.id = $1
