-- Per-user locale for e-mails and dates (applied after the last schema dump).
ALTER TABLE public.users ADD COLUMN locale text DEFAULT 'en'::text NOT NULL;
