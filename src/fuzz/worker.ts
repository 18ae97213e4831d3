// Worker thread of the campaign: runs the programs it is sent and reports each result.
import { parentPort } from 'node:worker_threads';
import { runProgram, inDeterminismSample, determinismFailure, minimise } from './run.js';
import type { ProgramSpec } from './types.js';

parentPort!.on('message', (m: { spec: ProgramSpec } | { stop: true }) => {
  if ('stop' in m) {
    process.exit(0);
  }
  const spec = m.spec;
  let r = runProgram(spec);
  if (r.failure === undefined && inDeterminismSample(spec)) {
    const again = runProgram(spec);
    const f = determinismFailure(r, again);
    r = { ...r, coverage: { ...r.coverage, 'determinism re-runs': 1 } };
    if (f !== undefined) r.failure = f;
  }
  let minimised: ProgramSpec | undefined;
  if (r.failure !== undefined) minimised = minimise(r);
  parentPort!.postMessage({ result: r, minimised });
});
