/**
 * The bundled PGlite release: part of the fixture cache key, since another release may store or
 * plan differently. test/unit/engine/cache/fixture-cache.test.ts checks it against node_modules.
 */
export const PGLITE_VERSION = '0.5.14';
