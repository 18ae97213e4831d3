// Input files of the CLI. Each must be a regular file below a size limit: a device (/dev/zero, /dev/urandom), a
// FIFO or a directory would otherwise be read without end or fail deep inside the run.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Bad input from the user: the CLI prints the message as one line and exits 2. */
export class UsageError extends Error {}

export const MiB = 1024 * 1024;
/** Limits per input (generous: real rootserver images are a few MiB, device trees a few KiB). */
export const LIMITS = {
  image: 512 * MiB,
  dtb: 16 * MiB,
  serial: 256 * MiB,
  disk: 2 ** 40,
} as const;

function fmtBytes(n: number): string {
  if (n >= 2 ** 40 && n % 2 ** 40 === 0) return `${n / 2 ** 40} TiB`;
  if (n >= MiB && n % MiB === 0) return `${n / MiB} MiB`;
  return `${n} bytes`;
}

function errText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return code ?? String((e as Error).message ?? e);
}

/**
 * Open `path` (never blocking: O_NONBLOCK, so a FIFO without a writer does not hang) and check it is a regular
 * file of at most `limit` bytes. Returns the fd and size; the caller closes the fd.
 */
function openRegular(path: string, what: string, limit: number, flags: number): { fd: number; size: number } {
  let fd: number;
  try {
    fd = openSync(path, flags | constants.O_NONBLOCK);
  } catch (e) {
    const rw = (flags & constants.O_RDWR) !== 0 ? ' for reading and writing' : '';
    throw new UsageError(`cannot open ${what} '${path}'${rw}: ${errText(e)}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new UsageError(`${what} '${path}' is not a regular file`);
    if (st.size > limit) throw new UsageError(`${what} '${path}' is too large (${st.size} bytes; the limit is ${fmtBytes(limit)})`);
    return { fd, size: st.size };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/** Read at most `limit` bytes from fd until end of file; more than that is an error. */
function readAllLimited(fd: number, limit: number, tooLarge: () => string, stopOnError: boolean): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const b = Buffer.allocUnsafe(Math.min(1 * MiB, limit + 1 - total));
    let n: number;
    try {
      n = readSync(fd, b, 0, b.length, null);
    } catch (e) {
      if (stopOnError) break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(b.subarray(0, n));
    total += n;
    if (total > limit) throw new UsageError(tooLarge());
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

/** The whole of an input file (IMAGE, --dtb, --serial), checked as above. */
export function readInput(path: string, what: string, limit: number): Uint8Array {
  const { fd } = openRegular(path, what, limit, constants.O_RDONLY);
  try {
    // The size was checked, but a file can grow while it is read: the read is bounded too.
    return readAllLimited(fd, limit, () => `${what} '${path}' is too large (more than ${fmtBytes(limit)})`, false);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${what} '${path}': ${errText(e)}`);
  } finally {
    closeSync(fd);
  }
}

/** A disk image is used in place: it must be a regular, writable file of at least one sector, below the limit. */
export function checkDisk(path: string): void {
  const { fd, size } = openRegular(path, 'disk image', LIMITS.disk, constants.O_RDWR);
  closeSync(fd);
  if (size < 512) throw new UsageError(`disk image '${path}' is smaller than one 512-byte sector`);
}

/**
 * All of stdin, if it is not a terminal (read only when the guest first touches the UART), at most the serial
 * limit: `< /dev/zero` or an endless pipe ends the run with a usage error instead of filling memory.
 */
export function readStdin(): Uint8Array {
  return readAllLimited(0, LIMITS.serial, () => `serial input on stdin is too large (more than ${fmtBytes(LIMITS.serial)})`, true);
}
