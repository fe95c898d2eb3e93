// Starts an extraction worker thread: TypeScript is loaded through tsx, whether or not the parent thread uses it.
import { register } from 'tsx/esm/api';

register();
await import('./extractWorker.ts');
