import { PGlite } from '@electric-sql/pglite';
let t = performance.now(); const lap = (m) => { const n = performance.now(); console.log(m, (n-t).toFixed(0)); t = n; };
const db = new PGlite(); await db.waitReady; lap('start');
const dump = await db.dumpDataDir('none'); lap('dump '+dump.size);
await db.close(); lap('close');
const db2 = new PGlite({loadDataDir: dump}); await db2.waitReady; lap('start from dump');
const db3 = new PGlite(); await db3.waitReady; lap('start plain again');
const m = await PGlite.create(); lap('create');
