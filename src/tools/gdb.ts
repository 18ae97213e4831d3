// `sel4ts run --gdb [HOST:]PORT IMAGE`: serve the GDB remote protocol (src/debug/) for the run.
import type { System, RunResult } from '../system.js';
import { serveGdb, killedResult, GdbSetupError } from '../debug/server.js';

export { GdbSetupError };

export const GDB_DEFAULT_HOST = '127.0.0.1';
export const GDB_DEFAULT_PORT = 1234;

/** `PORT`, `HOST:PORT` or `:PORT` (host 127.0.0.1); an error message for anything else. */
export function parseGdbAddress(s: string): { host: string; port: number } | string {
  const m = /^(?:(.*):)?(\d{1,5})$/.exec(s.trim());
  if (m === null) return `--gdb expects [HOST:]PORT (e.g. 1234 or 127.0.0.1:1234), got '${s}'`;
  const port = Number(m[2]);
  if (port > 65535) return `--gdb: port ${port} is out of range (0..65535)`;
  const host = m[1] === undefined || m[1] === '' ? GDB_DEFAULT_HOST : m[1].replace(/^\[(.*)\]$/, '$1');
  return { host, port };
}

/** Run under GDB; after a detach the rest of the run goes on without it (up to maxInsns in total). */
export async function runWithGdb(sys: System, addr: { host: string; port: number }, maxInsns?: number): Promise<RunResult> {
  const s = await serveGdb(sys, { ...addr, log: (l) => process.stderr.write(l + '\n') });
  if (s.result !== null) return s.result;
  if (s.detached) return sys.run(maxInsns === undefined ? undefined : Math.max(1, maxInsns - sys.instructions));
  return killedResult(sys);
}
