-- endpoint: POST /login
-- params: ["user42@example.com"]
-- Look the user up by the e-mail address typed into the login form,
-- ignoring case ("User42@Example.com" should log in too).
SELECT id, org_id, email, name, password_hash, status, is_admin, locale
FROM users
WHERE lower(email) = lower($1)
