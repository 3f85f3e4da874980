/**
 * A spelling of a value that two different values never share, for keys: JSON.stringify writes
 * `Infinity`, `-Infinity` and `NaN` as `null` and drops `undefined`, so `params: [.inf]` and
 * `params: [null]` would be one question. Every value is tagged with its type; object keys are
 * sorted (their order never changes what a value means here). A value that cannot be spelled
 * (a function, a class instance) throws.
 */
export function canonical(value: unknown): string {
  return JSON.stringify(tagged(value));
}

function tagged(value: unknown): unknown {
  if (value === null) return ['z'];
  switch (typeof value) {
    case 'undefined':
      return ['u'];
    case 'boolean':
      return ['b', value];
    case 'string':
      return ['s', value];
    case 'number':
      // Finite numbers print exactly; Object.is tells -0 apart, which String() does not.
      return ['n', Object.is(value, -0) ? '-0' : String(value)];
    case 'bigint':
      return ['i', value.toString()];
    case 'object': {
      if (Array.isArray(value)) return ['a', value.map(tagged)];
      if (value instanceof Date) return ['d', Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()];
      if (value instanceof Uint8Array) return ['x', Buffer.from(value).toString('hex')];
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype !== Object.prototype && prototype !== null) throw new TypeError(`cannot spell a ${value.constructor?.name ?? 'value'}`);
      const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return ['o', entries.map(([key, item]) => [key, tagged(item)])];
    }
    default:
      throw new TypeError(`cannot spell a ${typeof value}`);
  }
}
