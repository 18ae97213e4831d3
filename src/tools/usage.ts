// Bad command-line input: reported as one line on stderr with exit status 2 (the class and the input-file checks
// live in inputs.ts).
import { readInput } from './inputs.js';

export { UsageError } from './inputs.js';

/** The limit for the assurance tools' own inputs (snapshots, label and policy files). */
const INPUT_LIMIT = 256 * 1024 * 1024;

/** Read a file named on the command line (a regular file below the limit), or throw a UsageError naming it. */
export function readInputFile(path: string, what: string): Buffer {
  return Buffer.from(readInput(path, what, INPUT_LIMIT));
}
