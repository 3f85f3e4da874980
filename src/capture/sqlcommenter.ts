/**
 * sqlcommenter tags (https://google.github.io/sqlcommenter/spec/) on captured SQL, and what
 * they say about the endpoint and the request a statement belongs to.
 *
 * What frameworks put in the comment (checked against their docs/source):
 * - Rails (ActiveRecord::QueryLogs, 7.1+ `:sqlcommenter` format): `application`, `controller`,
 *   `action`, `job`; optional `namespaced_controller`, `source_location`. No route, no method.
 *   Rails ≤ 7.0 / marginalia default to the legacy `key:value` format, which we read too.
 *   `prepend_comment` puts the comment first, so a leading comment is read when there is
 *   no trailing one.
 * - Django / Flask (google sqlcommenter-python): `route` (the URL pattern, e.g.
 *   `polls/<int:question_id>/`), `controller` (view name), `framework`, `app_name`,
 *   `db_driver`, `traceparent`/`tracestate` with OpenTelemetry. SQLAlchemy/psycopg2 alone:
 *   `db_driver`, `framework`, trace context.
 * - Knex / Sequelize with Express (sqlcommenter-nodejs): `route` (`req.route.path`, e.g.
 *   `/users/:id`), `traceparent`, `tracestate`, `db_driver`.
 * - Prisma 7 (`@prisma/sqlcommenter-*` plugins): `traceparent`, user-defined query tags,
 *   `prismaQuery`.
 * - Spring (sqlcommenter-java): `controller`, `action` (the request path), `framework`;
 *   values are form-encoded (`+` for a space). Go net/http: `route`, `action`, `framework`.
 * None of them emits the HTTP method, so the endpoint is the route alone unless the
 * application adds a method tag itself (`http_method`, `method`, `http.method` or OTel's
 * `http.request.method`, only when its value is an HTTP method), giving e.g.
 * `GET /users/:id` — the way endpoints are written in pg-plan-gate.yml.
 */

export interface SqlComment {
  /** The SQL without the tag comment, trimmed, without a trailing semicolon. */
  sql: string;
  /** Decoded tags, or null when the statement carries none. */
  tags: Record<string, string> | null;
}

/**
 * Find the sqlcommenter comment of a statement — the last block comment at the end (the spec's
 * place), else the first one at the start (Rails `prepend_comment`) — decode its tags and
 * remove it. A comment that is not a list of `key='value'` / `key=value` / `key:value` pairs
 * is an ordinary comment and stays.
 */
export function parseSqlComment(sql: string): SqlComment {
  const text = sql
    .trim()
    .replace(/;+\s*$/, '')
    .trimEnd();
  if (text.endsWith('*/')) {
    const start = text.lastIndexOf('/*', text.length - 2);
    if (start >= 0) {
      const tags = parseTags(text.slice(start + 2, -2));
      if (tags) return { sql: text.slice(0, start).trim(), tags };
    }
  }
  if (text.startsWith('/*')) {
    const end = text.indexOf('*/', 2);
    if (end >= 0) {
      const tags = parseTags(text.slice(2, end));
      if (tags) return { sql: text.slice(end + 2).trim(), tags };
    }
  }
  return { sql: text, tags: null };
}

/**
 * Decode the inside of a tag comment. sqlcommenter: `key='value'` pairs joined by commas, keys
 * and values URL-encoded, `'` inside a value escaped as `\'`. Also read: unquoted
 * `key=value` (accepted by pganalyze and others) and marginalia / Rails legacy `key:value`
 * (not URL-encoded). Returns null when the text is not such a list.
 */
export function parseTags(inside: string): Record<string, string> | null {
  const text = inside.trim();
  if (!text) return null;
  const tags: Record<string, string> = {};
  let index = 0;
  while (index < text.length) {
    const keyMatch = /^\s*([^\s=:,'"]+)\s*([=:])\s*/.exec(text.slice(index));
    if (!keyMatch) return null;
    const rawKey = keyMatch[1]!;
    const separator = keyMatch[2]!;
    index += keyMatch[0].length;
    let value: string;
    if (text[index] === "'") {
      // Quoted: read to the closing quote, honouring backslash escapes.
      let raw = '';
      index++;
      let closed = false;
      while (index < text.length) {
        const char = text[index]!;
        if (char === '\\' && index + 1 < text.length) {
          raw += text[index + 1];
          index += 2;
          continue;
        }
        if (char === "'") {
          closed = true;
          index++;
          break;
        }
        raw += char;
        index++;
      }
      if (!closed) return null;
      value = urlDecode(raw, true);
    } else {
      const end = text.indexOf(',', index);
      const raw = (end === -1 ? text.slice(index) : text.slice(index, end)).trim();
      index = end === -1 ? text.length : end;
      value = separator === '=' ? urlDecode(raw, false) : raw;
    }
    tags[separator === '=' ? urlDecode(unescapeMeta(rawKey), false) : rawKey] = value;
    const rest = /^\s*(,|$)/.exec(text.slice(index));
    if (!rest) return null;
    index += rest[0].length;
  }
  return Object.keys(tags).length ? tags : null;
}

function unescapeMeta(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** Percent-decoding; `+` is a space in quoted values (Java's URLEncoder and Go's QueryEscape
 * write spaces so; JS, Python and Ruby encoders escape a literal `+` as %2B). Malformed
 * escapes are kept as written. */
function urlDecode(text: string, plusIsSpace: boolean): string {
  const spaced = plusIsSpace ? text.replace(/\+/g, ' ') : text;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced.replace(/%([0-9a-fA-F]{2})/g, (match, hex: string) => {
      const code = parseInt(hex, 16);
      return code < 0x80 ? String.fromCharCode(code) : match;
    });
  }
}

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT', 'QUERY']);
const METHOD_KEYS = ['http_method', 'http.method', 'http.request.method', 'method', 'request_method'];
const ROUTE_KEYS = ['route', 'http.route', 'http_route'];

export const UNTAGGED = '(untagged)';

/** Tags looked up case-insensitively. */
function lookup(tags: Record<string, string> | null, keys: string[]): string | undefined {
  if (!tags) return undefined;
  for (const key of keys) {
    for (const [name, value] of Object.entries(tags)) {
      if (name.toLowerCase() === key && value.trim()) return value.trim();
    }
  }
  return undefined;
}

/**
 * The endpoint a statement belongs to, in this order:
 * 1. `route`, prefixed with the HTTP method when a method tag has one (`GET /users/:id`);
 * 2. `controller#action` — Rails' own notation (`users#show`), also used for Spring and
 *    Django's `controller`; either one alone when the other is missing;
 * 3. `job` (Rails ActiveJob's tag: the job class);
 * 4. the session's application_name;
 * 5. `(untagged)`.
 */
export function endpointOf(tags: Record<string, string> | null, applicationName: string | null | undefined): string {
  const route = lookup(tags, ROUTE_KEYS);
  if (route) {
    const method = lookup(tags, METHOD_KEYS)?.toUpperCase();
    const hasMethod = /^[A-Z]+\s/.test(route) && HTTP_METHODS.has(route.split(/\s/)[0]!);
    return method && HTTP_METHODS.has(method) && !hasMethod ? `${method} ${route}` : route;
  }
  const controller = lookup(tags, ['controller']);
  const action = lookup(tags, ['action']);
  if (controller && action) return `${controller}#${action}`;
  if (controller || action) return (controller ?? action)!;
  const job = lookup(tags, ['job']);
  if (job) return job;
  if (applicationName?.trim()) return applicationName.trim();
  return UNTAGGED;
}

/**
 * The request a statement belongs to: the trace id of a W3C `traceparent`
 * (`00-<32 hex trace id>-<16 hex span id>-<2 hex flags>`; every span of one request shares
 * the trace id), else a `request_id` tag, else null (no request boundaries).
 */
export function requestOf(tags: Record<string, string> | null): string | null {
  const traceId = traceIdOf(lookup(tags, ['traceparent']));
  if (traceId) return traceId;
  return lookup(tags, ['request_id']) ?? null;
}

/** The trace id of a W3C traceparent header value; null when it is missing or invalid. */
export function traceIdOf(traceparent: string | undefined): string | null {
  if (!traceparent) return null;
  const match = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/i.exec(traceparent.trim());
  if (!match || match[1]!.toLowerCase() === 'ff') return null;
  const traceId = match[2]!.toLowerCase();
  if (/^0+$/.test(traceId) || /^0+$/.test(match[3]!)) return null;
  return traceId;
}

export interface Attribution {
  endpoint: string;
  request: string | null;
  /** The SQL without its tag comment. */
  sql: string;
  tags: Record<string, string> | null;
}

/** Endpoint and request of one captured statement, from its tags and its session. */
export function attribute(sql: string, applicationName?: string | null): Attribution {
  const { sql: stripped, tags } = parseSqlComment(sql);
  return { endpoint: endpointOf(tags, applicationName), request: requestOf(tags), sql: stripped, tags };
}
