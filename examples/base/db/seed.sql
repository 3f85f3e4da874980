-- Demo fixture for pg-plan-gate: a project-tracking app with
--   200 orgs, 20,000 users, 2,000 projects, 100,000 tasks, 120,000 comments
--   and 150,000 user status changes (log_user_status).
-- Large enough that the planner prefers the indexes where production would.
-- pg-plan-gate seeds random() before each file, so every build gets the same rows;
-- timestamps are fixed (not now()) for the same reason.

-- Fixture rows are known to be consistent: skip the foreign-key triggers while loading
-- them, as pg_dump --disable-triggers does (this file runs as a superuser; pg-plan-gate
-- resets the setting after the file).
SET session_replication_role = replica;

-- Users are spread round-robin over the orgs: user u belongs to org 1 + (u - 1) % 200,
-- so "a random user of org o" is o + 200 * k for k in 0..99.

INSERT INTO public.orgs (id, name, slug, plan, created_at)
SELECT g,
       'Org ' || g,
       'org-' || g,
       CASE WHEN g % 50 = 0 THEN 'enterprise' WHEN g % 5 = 0 THEN 'team' ELSE 'free' END,
       timestamptz '2022-01-01 00:00:00+00' + g * interval '3 days'
FROM generate_series(1, 200) AS g;

INSERT INTO public.users (id, org_id, email, name, password_hash, status, is_admin, created_at, last_login_at)
SELECT g,
       1 + (g - 1) % 200,
       'user' || g || '@example.com',
       'User ' || g,
       '$2b$12$' || md5(g::text) || 'Zq8xY1vN3kP0rT5wB7mC9dF2hJ4lA',
       CASE WHEN r < 0.85 THEN 'active' WHEN r < 0.93 THEN 'invited' WHEN r < 0.98 THEN 'suspended' ELSE 'deleted' END::public.user_status,
       g <= 200,
       timestamptz '2022-06-01 00:00:00+00' + g * interval '40 minutes',
       CASE WHEN r < 0.85 THEN timestamptz '2025-06-01 00:00:00+00' - random() * interval '90 days' END
FROM (SELECT g, random() AS r FROM generate_series(1, 20000) AS g OFFSET 0) AS s;

INSERT INTO public.projects (id, org_id, owner_id, name, description, archived_at, created_at)
SELECT g,
       1 + (g - 1) % 200,
       1 + (g - 1) % 200 + 200 * floor(random() * 100)::int,
       'Project ' || g,
       CASE WHEN random() < 0.6 THEN 'Everything about project ' || g END,
       CASE WHEN random() < 0.1 THEN timestamptz '2025-01-01 00:00:00+00' + random() * interval '150 days' END,
       timestamptz '2023-01-01 00:00:00+00' + random() * interval '700 days'
FROM generate_series(1, 2000) AS g;

INSERT INTO public.tasks (id, project_id, assignee_id, title, status, priority, due_date, created_at, updated_at)
SELECT g,
       project_id,
       CASE WHEN random() >= 0.1 THEN 1 + (project_id - 1) % 200 + 200 * floor(random() * 100)::int END,
       (ARRAY['Fix', 'Write', 'Review', 'Ship', 'Plan', 'Test'])[1 + floor(random() * 6)::int] || ' task ' || g,
       CASE WHEN r < 0.30 THEN 'todo' WHEN r < 0.45 THEN 'in_progress' WHEN r < 0.50 THEN 'review' ELSE 'done' END::public.task_status,
       floor(random() * 4)::smallint,
       CASE WHEN random() >= 0.3 THEN date '2024-02-01' + floor(random() * 600)::int END,
       created_at,
       created_at + random() * interval '30 days'
FROM (SELECT g,
             1 + floor(random() * 2000)::int AS project_id,
             random() AS r,
             timestamptz '2024-01-01 00:00:00+00' + random() * interval '540 days' AS created_at
      FROM generate_series(1, 100000) AS g
      OFFSET 0) AS s;

INSERT INTO public.comments (id, task_id, author_id, body, created_at)
SELECT s.g,
       t.id,
       1 + (t.project_id - 1) % 200 + 200 * floor(random() * 100)::int,
       (ARRAY['LGTM', 'Can you add a test for the empty case?', 'Blocked by the API change, see the linked task.',
              'Moved to next sprint.', 'Deployed to staging, please verify.', 'Duplicate of an older task, closing.'])[1 + floor(random() * 6)::int],
       t.created_at + random() * interval '20 days'
FROM (SELECT g, 1 + floor(random() * 100000)::int AS task_id FROM generate_series(1, 120000) AS g OFFSET 0) AS s
JOIN public.tasks AS t ON t.id = s.task_id
ORDER BY s.g;

INSERT INTO public.log_user_status (id, user_id, status, changed_by, changed_at)
SELECT g,
       1 + floor(random() * 20000)::int,
       (ARRAY['invited', 'active', 'active', 'active', 'suspended', 'deleted'])[1 + floor(random() * 6)::int]::public.user_status,
       CASE WHEN random() < 0.7 THEN 1 + floor(random() * 200)::int END,
       timestamptz '2022-06-01 00:00:00+00' + random() * interval '1000 days'
FROM generate_series(1, 150000) AS g;

SELECT pg_catalog.setval('public.orgs_id_seq', 200, true);
SELECT pg_catalog.setval('public.users_id_seq', 20000, true);
SELECT pg_catalog.setval('public.projects_id_seq', 2000, true);
SELECT pg_catalog.setval('public.tasks_id_seq', 100000, true);
SELECT pg_catalog.setval('public.comments_id_seq', 120000, true);
SELECT pg_catalog.setval('public.log_user_status_id_seq', 150000, true);
