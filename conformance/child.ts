/**
 * A runner child process (process isolation): hosts one worker thread (worker.ts) with a large
 * stack and relays jobs and outcomes between it and the pool over IPC. A V8 fatal error (which
 * aborts the whole process, e.g. "invalid array length" in the host) then ends only this child.
 * argv: none; the first IPC message is { root, stackSizeMb, maxOldGenerationSizeMb }.
 */
import * as path from 'path';
import { Worker } from 'worker_threads';

interface Init {
  root: string;
  stackSizeMb: number;
  maxOldGenerationSizeMb: number;
}

function send(m: unknown): void {
  if (process.send !== undefined) process.send(m);
}

if (process.send !== undefined) {
  process.once('message', (init: Init) => {
    const w = new Worker(path.join(__dirname, 'worker.js'), {
      workerData: { root: init.root },
      resourceLimits: { stackSizeMb: init.stackSizeMb, maxOldGenerationSizeMb: init.maxOldGenerationSizeMb },
    });
    w.on('message', (m) => send(m));
    w.on('error', (e: Error & { code?: string }) => {
      send({ fatal: e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'worker out of memory' : `worker crashed: ${e.message}` });
      process.exit(3);
    });
    w.on('exit', (code) => {
      send({ fatal: `worker exited with code ${code}` });
      process.exit(3);
    });
    process.on('message', (m) => w.postMessage(m));
    process.on('disconnect', () => process.exit(0));
  });
}
