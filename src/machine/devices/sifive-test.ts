// SiFive test device / syscon at 0x100000 (QEMU hw/misc/sifive_test.c): the FDT's syscon-poweroff (0x5555) and
// syscon-reboot (0x7777) nodes point at it. A 32-bit write of 0x5555 powers off with success, 0x3333 | code << 16
// powers off with failure `code`, 0x7777 asks for a reset. Reads return 0.
import type { MmioDevice } from '../memory.js';

export const TEST_BASE = 0x100000;
export const TEST_SIZE = 0x1000;

export const FINISHER_FAIL = 0x3333;
export const FINISHER_PASS = 0x5555;
export const FINISHER_RESET = 0x7777;

export type PowerRequest = { kind: 'poweroff'; code: number } | { kind: 'reset' };

export class SifiveTest implements MmioDevice {
  readonly name = 'sifive-test';
  readonly base = TEST_BASE;
  readonly size = TEST_SIZE;
  constructor(private readonly onRequest: (r: PowerRequest) => void) {}

  read(_offset: number, _width: number): number {
    return 0;
  }

  write(offset: number, width: number, lo: number, _hi: number): void {
    if (offset !== 0 || width !== 4) return;
    const status = lo & 0xffff;
    const code = (lo >>> 16) & 0xffff;
    if (status === FINISHER_FAIL) this.onRequest({ kind: 'poweroff', code });
    else if (status === FINISHER_PASS) this.onRequest({ kind: 'poweroff', code: 0 });
    else if (status === FINISHER_RESET) this.onRequest({ kind: 'reset' });
  }
}
