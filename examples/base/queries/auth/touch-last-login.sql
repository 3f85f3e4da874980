-- endpoint: POST /login
-- params: [42]
UPDATE users SET last_login_at = now() WHERE id = $1
