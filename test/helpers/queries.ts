import type { QueryDef } from '../../src/explain/queries.ts';

/** sqlc's authors example as a named-query file: a file-level endpoint, a block's own endpoint and params, sqlc's parameters. */
export const SQLC_AUTHORS = `-- Queries for the authors service.
-- endpoint: GET /authors

-- name: GetAuthor :one
SELECT * FROM authors
WHERE id = $1 LIMIT 1;

-- name: ListAuthors :many
-- endpoint: GET /authors/all
SELECT * FROM authors
ORDER BY name;

-- name: UpdateAuthorBio :exec
-- params: ["a bio", 7]
UPDATE authors SET bio = sqlc.arg(bio) WHERE id = @id AND bio <> sqlc.arg(bio);
`;

/** A query of the config with one parameter, `SELECT * FROM t WHERE id = $1`, and what `extra` sets. */
export const queryDef = (name: string, extra: Partial<QueryDef> = {}): QueryDef => ({
  name,
  endpoint: null,
  file: null,
  line: 1,
  sql: 'SELECT * FROM t WHERE id = $1',
  ...extra,
});
