// Upstream sel4test (seL4 16.0.0, qemu-riscv-virt, non-MCS debug build), unmodified, on sel4ts; its console
// output against real seL4's under QEMU (../shared/sel4test/qemu.log, beside the repository as CI has it).
//
// The comparison is exact, line for line, from seL4's boot messages ("Init local IRQ") to the end of the log.
// What comes before that in qemu.log is not sel4ts's to print and is left out: OpenSBI's banner (the firmware)
// and the seL4_tools ELF-loader's lines (sel4ts has no elfloader binary; its lines describe that binary's own
// placement and CPIO archive). No line after "Init local IRQ" is excepted: sel4test prints no wall-clock
// timings, and everything it prints about time comes from virtual time, which matches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { System, StopReason } from '../src/system.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = join(root, '..', 'shared', 'sel4test');
const present = existsSync(join(dir, 'sel4test-driver')) && existsSync(join(dir, 'kernel.dtb')) && existsSync(join(dir, 'qemu.log'));
const skip = present ? false : `${dir} is absent (sel4test build and real seL4's log; CI has it beside the clone)`;

const KERNEL_BOOT = 'Init local IRQ';
const BOOTED = 'Booting all finished, dropped to user space';

/** Lines from the first line equal to `from` on. */
function from(lines: string[], first: string): string[] {
  const i = lines.indexOf(first);
  assert.ok(i >= 0, `no line "${first}"`);
  return lines.slice(i);
}

/** The bootinfo block the driver prints: "Node 0 of 1" up to the line before "Switching to a safer, bigger stack". */
function bootinfoLines(lines: string[]): string[] {
  const a = lines.indexOf('Node 0 of 1');
  const b = lines.findIndex((l, i) => i > a && l.startsWith('Switching to a safer, bigger stack'));
  assert.ok(a >= 0 && b > a, 'no bootinfo block');
  return lines.slice(a, b);
}

/** A readable account of the first differing lines (escape sequences shown). */
function firstDifferences(want: string[], got: string[], max = 8): string {
  const out: string[] = [];
  for (let i = 0; i < Math.max(want.length, got.length) && out.length < max; i++) {
    if (want[i] !== got[i]) out.push(`line ${i + 1}:\n  qemu:   ${JSON.stringify(want[i])}\n  sel4ts: ${JSON.stringify(got[i])}`);
  }
  return out.join('\n');
}

test('sel4test-driver (seL4 16.0.0) passes 116 tests on sel4ts and prints what real seL4 prints', { skip, timeout: 20 * 60_000 }, () => {
  const elf = readFileSync(join(dir, 'sel4test-driver'));
  const dtb = readFileSync(join(dir, 'kernel.dtb'));
  const bytes: number[] = [];
  const sys = new System(elf, { cnodeBits: 13, dtb, putchar: (c) => { bytes.push(c); } });
  const r = sys.run();
  const out = Buffer.from(bytes).toString('latin1');
  assert.ok(out.includes('Test suite passed. 116 tests passed.'), `stopped (${r.reason}: ${r.message}) without passing:\n${out.slice(-2000)}`);
  assert.ok(out.includes('All is well in the universe'));
  assert.notEqual(r.reason, StopReason.UnhandledFault, r.message);

  const want = readFileSync(join(dir, 'qemu.log'), 'latin1').split('\n');
  const got = out.split('\n');
  // Every bootinfo line as real seL4 gives it (slots, untypeds, their order and sizes).
  assert.deepEqual(bootinfoLines(got), bootinfoLines(want));
  // The kernel's boot messages, then everything from user space on, including every userError line.
  const w = from(want, KERNEL_BOOT);
  const g = from(got, KERNEL_BOOT);
  assert.equal(g[w.indexOf(BOOTED)], BOOTED, 'the kernel boot messages differ in length');
  assert.ok(g.length === w.length && g.every((l, i) => l === w[i]),
    `${g.length} lines from "${KERNEL_BOOT}" on, qemu.log has ${w.length}; first differences:\n${firstDifferences(w, g)}`);
});
