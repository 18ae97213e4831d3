// The one error type the boot path throws: a one-line message the CLI prints as is.

export class BootError extends Error {
  override readonly name = 'BootError';
  constructor(message: string) {
    super(message);
  }
}

/** Hex formatting for messages and summaries (numbers up to 2^53, or bigints). */
export function hex(v: number | bigint): string {
  return '0x' + v.toString(16);
}
