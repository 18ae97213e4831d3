#!/usr/bin/env node
// `sel4ts rapilog ...` and `npm run rapilog`: a thin wrapper over src/systems/rapilog/main.ts.
import { rapilogMain } from '../systems/rapilog/main.js';

export function rapilogCommand(argv: string[]): number {
  return rapilogMain(argv, (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = rapilogCommand(process.argv.slice(2));
}
