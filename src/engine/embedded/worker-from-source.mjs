// From source (development, tests) a worker thread does not inherit tsx's loader: register it,
// then run the same worker the bundle runs as dist/engine-worker.js. Never part of the bundle.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
