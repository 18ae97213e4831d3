// Bad command-line input: reported as one line on stderr with exit status 2.
import { readFileSync } from 'node:fs';

export class UsageError extends Error {}

/** Read a file named on the command line, or throw a UsageError naming it. */
export function readInputFile(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${what} '${path}': ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code ?? String(e)}`);
  }
}
