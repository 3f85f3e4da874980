/**
 * A plan node's conditions (Index Cond, Filter, ...) as the shape shows them: the same text for
 * the same query whatever values it ran with and whichever PostgreSQL major printed it.
 *
 * - Constants and parameters become `?`, with their casts: `'x'::text`, `42`, `$1`,
 *   `($1)::bigint`, `'{1,2}'::integer[]` are all `?`. Values are the query's input, not its plan;
 *   a custom plan (values bound) and the next run's inferred values must not look like a change.
 * - An InitPlan's value is a parameter too: PostgreSQL 15 prints `$0`, 17+ `(InitPlan 1).col1`.
 * - A subplan tested with ANY/ALL: 15 prints `(hashed SubPlan 2)`, 17+ wraps it as
 *   `(ANY (x = (hashed SubPlan 2).col1))`; the shorter form is kept.
 * - White space is folded. A cast of a column keeps its type: it decides which index can serve.
 */
export function normalizeCondition(text: string): string {
  const placeheld = replaceValues(text.replace(/\s+/g, ' ').trim());
  return unwrapSubplanTests(placeheld)
    .replace(/\(InitPlan \d+\)\.col\d+/g, '?')
    .replace(CAST_PLACEHOLDER, '?');
}

/** A type name as format_type prints it: `text`, `character varying(10)`, `timestamp without time zone`, `integer[]`. */
const TYPE = String.raw`(?:"[^"]+"|[a-z_][\w$]*)(?:\.(?:"[^"]+"|[a-z_][\w$]*))?(?: (?:without|with|varying|precision|time|zone)\b)*(?:\(\d+(?:,\d+)?\))?(?:\[\])*`;
const CASTS = String.raw`(?:::${TYPE})*`;
/** `($1)::bigint` after replacement: a placeholder that PostgreSQL parenthesised to cast it (not `lower(?)`). */
const CAST_PLACEHOLDER = new RegExp(String.raw`(?<![\w$])\(\?\)(?:::${TYPE})+`, 'g');

/** One regex pass, so a quote inside a string or an identifier never starts another token. */
const TOKEN = new RegExp(
  [
    String.raw`(?<string>E?'(?:[^']|'')*'${CASTS})`,
    String.raw`(?<quoted>"(?:[^"]|"")*")`,
    String.raw`(?<param>\$\d+${CASTS})`,
    String.raw`(?<word>[A-Za-z_][\w$]*)`,
    String.raw`(?<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?${CASTS})`,
  ].join('|'),
  'gi',
);

/** Subplans are numbered by the planner, not by the query's values: `SubPlan 2` keeps its number. */
const NUMBERED_WORDS = new Set(['SubPlan', 'InitPlan']);

function replaceValues(text: string): string {
  let previousWord = '';
  return text.replace(TOKEN, (match, ...args) => {
    const groups = args.at(-1) as Record<string, string | undefined>;
    if (groups.word !== undefined) {
      previousWord = groups.word;
      return match;
    }
    const keep = groups.quoted !== undefined || (groups.number !== undefined && NUMBERED_WORDS.has(previousWord));
    previousWord = '';
    return keep ? match : '?';
  });
}

/** `(ANY (x = (hashed SubPlan 2).col1))` → `(hashed SubPlan 2)`; the operand is the subquery's, as 15 leaves it implied. */
function unwrapSubplanTests(text: string): string {
  let result = text;
  for (let start = result.search(/\((?:ANY|ALL) \(/); start >= 0; start = result.search(/\((?:ANY|ALL) \(/)) {
    const end = closingParen(result, start);
    if (end < 0) break;
    const inner = result.slice(start, end + 1);
    const subplan = /\(((?:hashed )?SubPlan \d+)\)\.col\d+\)\)$/.exec(inner);
    if (!subplan) {
      // Not a subplan test (e.g. `= ANY (ARRAY[...])`): leave it and look after it.
      return result.slice(0, end + 1) + unwrapSubplanTests(result.slice(end + 1));
    }
    result = `${result.slice(0, start)}(${subplan[1]})${result.slice(end + 1)}`;
  }
  return result;
}

function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')' && --depth === 0) return index;
  }
  return -1;
}

/** `InitPlan 1 (returns $0)` (15) and `InitPlan 1` (17+) name the same subplan. */
export function normalizeSubplanName(name: string): string {
  return name.replace(/ \(returns [^)]*\)$/, '');
}
