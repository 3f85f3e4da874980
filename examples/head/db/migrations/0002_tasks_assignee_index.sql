-- The dashboard's "My work" list filters tasks by assignee and status.
CREATE INDEX tasks_assignee_id_status_idx ON public.tasks USING btree (assignee_id, status);
