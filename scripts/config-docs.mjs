// docs/config.md from schema/pg-plan-gate.schema.json and the hand-kept docs/config.template.md:
// the template's prose (the annotated example, globs, the keys in detail) around a reference
// table generated from the schema — every key with its type, allowed values, default and the
// schema's description. test/unit/scripts/config-docs.test.ts fails when docs/config.md is stale.
// Run: npm run config-docs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_PATH = join(root, 'schema/pg-plan-gate.schema.json');
export const TEMPLATE_PATH = join(root, 'docs/config.template.md');
export const OUTPUT_PATH = join(root, 'docs/config.md');
/** Where the template wants the generated table. */
export const MARKER = '<!-- generated: reference -->';

/** A schema node with its $ref resolved; the node's own keys (description, default) win over the definition's. */
function resolve(node, definitions) {
  if (!node || typeof node !== 'object' || !node.$ref) return node;
  const { $ref, ...own } = node;
  return { ...resolve(definitions[$ref.replace('#/definitions/', '')], definitions), ...own };
}

/** The object variant of a node (a plain object, or the object in `false | { ... }`). */
function objectOf(node) {
  if (node?.properties) return node;
  return (node?.oneOf ?? []).find((variant) => variant.type === 'object' && variant.properties);
}

const code = (value) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

function bounds(node) {
  const parts = [];
  if ('minimum' in node && 'maximum' in node) return ` ${node.minimum} to ${node.maximum}`;
  if ('minimum' in node) parts.push(`≥ ${node.minimum}`);
  if ('exclusiveMinimum' in node) parts.push(`> ${node.exclusiveMinimum}`);
  if ('maximum' in node) parts.push(`≤ ${node.maximum}`);
  return parts.length ? ` ${parts.join(', ')}` : '';
}

/** What a value of this node may be, in words: `integer 13 to 18`, one of `a`, `b`, `false` or mapping. */
function typeText(raw, definitions) {
  const node = resolve(raw, definitions);
  if (!node || node === true) return 'any';
  if ('const' in node) return code(node.const);
  if (node.enum) return `one of ${node.enum.map(code).join(', ')}`;
  if (!node.type && (node.oneOf || node.anyOf)) return (node.oneOf ?? node.anyOf).map((variant) => typeText(variant, definitions)).join(' or ');
  const types = Array.isArray(node.type) ? node.type : [node.type];
  return types
    .map((type) => {
      switch (type) {
        case 'string':
          return 'string';
        case 'integer':
        case 'number':
          return `${type}${bounds(node)}`;
        case 'boolean':
          return 'boolean';
        case 'null':
          return 'null';
        case 'array':
          return node.items ? `list of ${typeText(node.items, definitions).replace(/^(string|integer|number|boolean)/, '$1s')}` : 'list';
        case 'object':
          if (!node.properties && node.additionalProperties) return `mapping of name → ${typeText(node.additionalProperties, definitions)}`;
          return 'mapping';
        default:
          return 'any';
      }
    })
    .join(' or ');
}

/** Table-cell text: one line; pipes, asterisks and angle brackets outside code escaped. */
const cell = (text) =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 ? part : part.replace(/[*<]/g, (c) => `\\${c}`)))
    .join('')
    .replace(/\|/g, '\\|');

/** The template's "keys in detail" table, `key` → meaning: the description of a key the schema leaves undescribed. */
export function detailMeanings(template) {
  const meanings = new Map();
  for (const match of template.matchAll(/^\| `([^`]+)` \| [^\n]*? \| (.*) \|$/gm)) meanings.set(match[1], match[2]);
  return meanings;
}

/** Every key of the file, depth first in the schema's order: `budgets.seq_scans.min_rows`, `queries[].file`. */
export function rows(schema, meanings = new Map()) {
  const definitions = schema.definitions ?? {};
  const out = [];
  const walk = (node, prefix) => {
    for (const [key, raw] of Object.entries(objectOf(node)?.properties ?? {})) {
      const child = resolve(raw, definitions);
      const path = prefix ? `${prefix}.${key}` : key;
      out.push({
        key: path,
        type: typeText(raw, definitions),
        default: 'default' in child ? code(child.default) : '—',
        description:
          child.description ??
          (prefix === 'overrides[]' && key !== 'match'
            ? `As \`budgets.${key}\`, for the matching queries and endpoints.`
            : meanings.has(path)
              ? meanings.get(path)
              : ''),
      });
      const items = child.type === 'array' ? resolve(child.items, definitions) : undefined;
      if (items && objectOf(items)) walk(items, `${path}[]`);
      else if (objectOf(child)) walk(child, path);
    }
  };
  walk(schema, '');
  return out;
}

export function reference(schema, meanings) {
  const lines = [
    '| key | type | default | description |',
    '|---|---|---|---|',
    ...rows(schema, meanings).map((row) => `| \`${row.key}\` | ${cell(row.type)} | ${cell(row.default)} | ${cell(row.description || '—')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

export function generate(schema, template) {
  if (!template.includes(MARKER)) throw new Error(`${TEMPLATE_PATH} has no ${MARKER} line`);
  const body = template.replace(/^<!--[^]*?-->\n/, ''); // the template's own note on how it is used
  return [
    '<!-- Generated by scripts/config-docs.mjs from schema/pg-plan-gate.schema.json and docs/config.template.md: do not edit; run npm run config-docs. -->\n',
    body.replace(MARKER, () => reference(schema, detailMeanings(template)).trimEnd()),
  ].join('');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OUTPUT_PATH, generate(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')), readFileSync(TEMPLATE_PATH, 'utf8')));
  process.stdout.write(`wrote ${OUTPUT_PATH}\n`);
}
