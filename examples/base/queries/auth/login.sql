-- endpoint: POST /login
-- params: ["user42@example.com"]
-- Look the user up by the e-mail address typed into the login form.
SELECT id, org_id, email, name, password_hash, status, is_admin, locale
FROM users
WHERE email = $1
