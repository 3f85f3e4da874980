-- endpoint: GET /admin/users/:id
-- params: [4242]
-- How often the account changed status (badge on the admin page).
SELECT count(*) FROM log_user_status WHERE user_id = $1
