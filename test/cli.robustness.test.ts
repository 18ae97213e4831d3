// Issue 14 regressions: option values that name Object.prototype members, large root CNodes, and input files
// that are devices, FIFOs, directories or too large.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, ftruncateSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { System, StopReason } from '../src/system.js';
import { CapTag } from '../src/kernel/structures.js';
import { checkInvariants } from '../src/kernel/invariants.js';
import { BootError } from '../src/boot/errors.js';

const CLI = 'dist/src/tools/cli.js';
const tmp = mkdtempSync(join(tmpdir(), 'sel4ts-robust-'));

function sel4ts(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'latin1', timeout: 60_000, maxBuffer: 1 << 24,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], input,
  });
  return { code: r.status, out: r.stdout, err: r.stderr, signal: r.signal };
}

function oneLineExit2(args: string[], pattern: RegExp): void {
  const r = sel4ts(args);
  assert.equal(r.signal, null, `${args.join(' ')}: killed (${r.signal})`);
  assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
  assert.equal(r.err.trim().split('\n').length, 1, `${args.join(' ')}: ${r.err}`);
  assert.match(r.err.trim(), pattern, args.join(' '));
}

test('--sel4-abi names inherited from Object.prototype are rejected as bad values', () => {
  for (const v of ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__']) {
    oneLineExit2(['run', 'examples/multi/multi.elf', '--sel4-abi', v], /^sel4ts: --sel4-abi must be 13\.0\.0, 14\.0\.0 or 16\.0\.0/);
  }
});

test('other enumerated options reject Object.prototype names too', () => {
  for (const [opt, pat] of [
    ['--disk-model', /--disk-model must be/], ['--disk-write-cache', /--disk-write-cache must be/],
    ['--trace', /--trace expects/], ['--mem', /bad --mem value/], ['--power-fail-at', /--power-fail-at expects/],
    ['--cnode-bits', /--cnode-bits expects a number/], ['--domain-schedule', /--domain-schedule expects/],
  ] as const) {
    for (const v of ['__proto__', 'constructor', 'toString']) oneLineExit2(['run', 'examples/hello/hello.elf', opt, v], pat);
  }
});

test('the System API rejects an unsupported ABI with a BootError, not a TypeError', () => {
  const elf = readFileSync('examples/hello/hello.elf');
  assert.throws(() => new System(elf, { config: { abi: 15 as 16 } }), BootError);
  assert.throws(() => new System(elf, { config: { abi: '__proto__' as unknown as 16 } }), BootError);
});

test('root CNodes of 21..25 bits boot (hello runs to its DebugHalt)', () => {
  for (const bits of [21, 22, 25]) {
    const r = sel4ts(['run', 'examples/hello/hello.elf', '--cnode-bits', String(bits), '--check-invariants']);
    assert.equal(r.code, 0, `${bits}: ${r.err}`);
    assert.match(r.out, /Debug halt syscall from user thread/);
    assert.match(r.out, new RegExp(`cnode size bits +${bits} \\(${2 ** bits} slots\\)`));
  }
});

test('a 2^26-slot root CNode boots in little memory and time (slots are made on first touch)', () => {
  const elf = readFileSync('examples/hello/hello.elf');
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = Date.now();
  // 2^26 slots of 32 bytes need a 2 GiB region aligned to 2 GiB: 5 GiB of RAM has one.
  const sys = new System(elf, { cnodeBits: 26, ramSize: 5 * 1024 ** 3, checkInvariants: true });
  const r = sys.run(50_000_000);
  assert.equal(r.reason, StopReason.Halted, r.message);
  assert.ok(Date.now() - t0 < 20_000, `took ${Date.now() - t0} ms`);
  assert.ok(process.memoryUsage().heapUsed - heap0 < 200 * 1024 * 1024, 'heap grew by more than 200 MiB');
  const root = sys.boot.rootCNode;
  assert.equal(root.numSlots, 2 ** 26);
  const last = root.slot(2 ** 26 - 1);
  assert.equal(last.cap.tag, CapTag.Null);
  assert.deepEqual(checkInvariants(sys.ks), []);
  assert.ok(root.usedSlots().length < 4096);
});

test('--cnode-bits 26 on the default 3 GiB machine is a clear boot error; with --mem 5G hello runs', () => {
  oneLineExit2(['run', 'examples/hello/hello.elf', '--cnode-bits', '26'], /^sel4ts: no free memory region is big enough for the root server objects/);
  const r = sel4ts(['run', 'examples/hello/hello.elf', '--cnode-bits', '26', '--mem', '5G']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Debug halt syscall from user thread/);
});

test('devices, directories and FIFOs as input files: one line, exit 2, no unbounded read', () => {
  const fifo = join(tmp, 'fifo');
  execFileSync('mkfifo', [fifo]);
  for (const f of ['/dev/zero', '/dev/urandom', '/dev/null', tmp, fifo]) {
    oneLineExit2(['run', f], /^sel4ts: image '.*' is not a regular file$/);
    oneLineExit2(['run', 'examples/hello/hello.elf', '--dtb', f], /^sel4ts: device tree '.*' is not a regular file$/);
    oneLineExit2(['run', 'examples/hello/hello.elf', '--serial', f], /^sel4ts: serial input '.*' is not a regular file$/);
    if (f !== tmp) oneLineExit2(['run', 'examples/hello/hello.elf', '--disk', f], /^sel4ts: disk image '.*' is not a regular file$/);
  }
});

test('input files above their size limit are rejected before they are read', () => {
  // Sparse files: the size check must come before any read.
  const big = join(tmp, 'big.elf');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 600 * 1024 * 1024);
  closeSync(fd);
  oneLineExit2(['run', big], /^sel4ts: image '.*' is too large \(629145600 bytes; the limit is 512 MiB\)$/);
  oneLineExit2(['run', 'examples/hello/hello.elf', '--dtb', big], /^sel4ts: device tree '.*' is too large .*the limit is 16 MiB/);
  oneLineExit2(['run', 'examples/hello/hello.elf', '--serial', big], /^sel4ts: serial input '.*' is too large .*the limit is 256 MiB/);
});

test('endless serial input on stdin ends the run with one line and exit 2', () => {
  const r = spawnSync('sh', ['-c', `exec "${process.execPath}" ${CLI} run examples/uart-echo/uart-echo.elf < /dev/zero`], { encoding: 'latin1', timeout: 60_000 });
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stderr.trim(), 'sel4ts: serial input on stdin is too large (more than 256 MiB)');
});

test('lookups of never-used slots in a large CNode do not accumulate (a guest naming every slot cannot exhaust memory)', async () => {
  const { buildElf } = await import('../src/boot/elf.js');
  // s0++; a0 = s0; a7 = DebugCapIdentify; ecall; j back: one lookup of a fresh slot per loop.
  const I = (rd: number, rs1: number, imm: number) => ((imm & 0xfff) << 20) | (rs1 << 15) | (rd << 7) | 0x13;
  const jBack16 = 0xff1ff06f; // jal x0, -16
  const words = [I(8, 8, 1), I(10, 8, 0), I(17, 0, -12), 0x73, jBack16];
  const elf = buildElf(0x10000n, [{ vaddr: 0x10000, data: new Uint8Array(new Uint32Array(words).buffer), memsz: 0x1000 }]);
  const sys = new System(elf, { cnodeBits: 22, ramSize: 512 * 1024 * 1024, config: { printing: false } });
  const r = sys.run(2_500_000);
  assert.equal(r.reason, StopReason.InstructionLimit, r.message);
  assert.ok(r.kernelEntries > 400_000, `${r.kernelEntries} lookups`);
  const touched = sys.boot.rootCNode.usedSlots().length;
  assert.ok(touched < 20_000, `${touched} slots kept after ${r.kernelEntries} lookups`);
  assert.deepEqual(checkInvariants(sys.ks), []);
  // The caps that are there are all still found.
  assert.equal(sys.boot.rootCNode.slot(2).cap.tag, CapTag.CNode);
});
