// The action's entry point, as the Actions toolkit templates have it: main.ts holds run(), this only calls it.
import { run } from './main.ts';
import { installInterruptHandlers } from './util/interrupt.ts';

installInterruptHandlers();
await run();
