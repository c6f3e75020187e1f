/**
 * A runner worker thread: receives one job at a time from the pool, runs it (execute.ts) and
 * posts the outcome back. workerData: { root }.
 */
import { parentPort, workerData } from 'worker_threads';
import { HarnessCache, runTest } from './execute';
import type { TestJob } from './types';

export interface JobMessage {
  id: number;
  job: TestJob;
}

if (parentPort !== null) {
  const port = parentPort;
  const ctx = { root: workerData.root as string, harness: new HarnessCache(workerData.root as string) };
  port.on('message', (msg: JobMessage) => {
    runTest(msg.job, ctx).then(
      (outcome) => port.postMessage({ id: msg.id, outcome }),
      (e: unknown) => port.postMessage({ id: msg.id, outcome: { result: 'fail', error: `host error: ${String(e)}`, ms: 0 } }),
    );
  });
  port.postMessage({ ready: true });
}
