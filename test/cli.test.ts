// The sel4ts command: demo image, exit statuses, and one-line errors for bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildElf } from '../src/boot/elf.js';
import { afterBootLog } from './lib/bootlog.js';

const CLI = 'dist/src/tools/cli.js';
const tmp = mkdtempSync(join(tmpdir(), 'sel4ts-cli-'));

function sel4ts(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'latin1' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function image(name: string, words: number[]): string {
  const data = new Uint8Array(new Uint32Array(words).buffer);
  const p = join(tmp, name);
  writeFileSync(p, buildElf(0x10000n, [{ vaddr: 0x10000, data, memsz: 0x1000 }]));
  return p;
}

test('hello prints the bootinfo summary with the untyped list and halts with 0', () => {
  const r = sel4ts('run', 'examples/hello/hello.elf');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /untypeds: \d+/);
  assert.match(r.out, /paddr 0x0080200000\s+bits 13\s+RAM/);
  assert.match(r.out, /Debug halt syscall from user thread 0x[0-9a-f]+ "rootserver"/);
});

test('the kernel\'s boot messages come first; --quiet-kernel leaves them out with the other kernel messages', () => {
  const r = sel4ts('run', 'examples/hello/hello.elf');
    const rest = afterBootLog(r.out);
  assert.ok(!rest.includes('Booting all finished'));
  const q = sel4ts('run', 'examples/hello/hello.elf', '--quiet-kernel');
  assert.equal(q.code, 0, q.err);
  assert.equal(q.out, rest.slice(0, rest.indexOf('Debug halt')) + q.out.slice(q.out.indexOf('Debug halt')));
  assert.ok(!q.out.includes('Init local IRQ'));
  assert.match(q.out, /Debug halt syscall from user thread/); // what the program asks for still prints
});

test('runs are deterministic: same output and instruction count', () => {
  const a = sel4ts('run', 'examples/hello/hello.elf', '--stats');
  const b = sel4ts('run', 'examples/hello/hello.elf', '--stats');
  assert.equal(a.out, b.out);
  const insns = (s: string) => /(\d+) instructions/.exec(s)?.[1];
  assert.ok(insns(a.err));
  assert.equal(insns(a.err), insns(b.err));
});

test('missing file, bad flag and malformed ELF give one line on stderr and exit 2', () => {
  for (const args of [
    ['run', join(tmp, 'nope.elf')],
    ['run', 'examples/hello/hello.elf', '--bogus'],
    ['run', 'examples/hello/hello.elf', '--mem', 'lots'],
    ['run', 'examples/hello/hello.elf', '--sel4-abi', '12.0.0'],
    ['run', 'examples/hello/hello.elf', '--trace', 'everything'],
    ['run', 'examples/hello/hello.elf', '--tick-ms', '0'],
    ['run', 'examples/hello/hello.elf', '--num-domains', '2', '--domain-schedule', '2:5'],
    ['run', 'examples/hello/hello.elf', '--num-domains', '2', '--domain-schedule', '1:0'],
    ['run', 'examples/hello/hello.elf', '--domain-schedule', 'soon'],
    ['run', 'package.json'],
    ['frobnicate'],
  ]) {
    const r = sel4ts(...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.equal(r.err.trim().split('\n').length, 1, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, /^sel4ts: /);
  }
});

test('instruction limit exits 4', () => {
  const p = image('spin.elf', [0x0000006f]); // j .
  const r = sel4ts('run', p, '--max-insns', '1000');
  assert.equal(r.code, 4);
  assert.match(r.err, /instruction limit reached \(1000 instructions\)/);
});

test('an unhandled fault prints seL4\'s message and exits 5', () => {
  const p = image('fault.elf', [0x00003083]); // ld ra, 0(zero)
  const r = sel4ts('run', p);
  assert.equal(r.code, 5);
  assert.match(r.out, /Caught cap fault in send phase at address 0\nwhile trying to handle:\nvm fault on data at address 0 with status 0x5/);
  assert.match(r.err, /unhandled fault: vm fault on data at address 0/);
  // Arch_userStackTrace: 16 words from sp (0 here: unmapped).
  assert.match(r.out, /With stack:\n0x0: INVALID\n0x8: INVALID\n(0x[0-9a-f]+: INVALID\n){13}0x78: INVALID\n/);
});

test('the stack dump of a double fault reads the stack through the thread\'s page tables', () => {
  // li sp, 0x10000 (the image page: the dump shows its words); then an illegal instruction.
  const p = image('stack.elf', [0x00010137, 0x00000000]);
  const r = sel4ts('run', p);
  assert.equal(r.code, 5);
  assert.match(r.out, /With stack:\n0x10000: 0x10137\n0x10008: 0x0\n/);
});

test('an illegal instruction becomes a UserException', () => {
  const p = image('illegal.elf', [0x00000000]);
  const r = sel4ts('run', p, '--trace', 'faults');
  assert.equal(r.code, 5);
  assert.match(r.out, /user exception 0x2 code 0\n/);
  assert.match(r.err, /fault scause=2/);
});

test('an unknown syscall number raises UnknownSyscall', () => {
  // li a7, 42; ecall
  const p = image('unknown.elf', [0x02a00893, 0x00000073]);
  const r = sel4ts('run', p);
  assert.equal(r.code, 5);
  assert.match(r.out, /unknown syscall 0x2a/);
});

test('--trace syscalls reports each syscall', () => {
  const r = sel4ts('run', 'examples/hello/hello.elf', '--trace', 'syscalls');
  assert.equal(r.code, 0);
  assert.match(r.err, /syscall DebugPutChar from "rootserver"/);
  assert.match(r.err, /syscall DebugHalt/);
});

test('the domain schedule decides the initial domain (bootinfo initThreadDomain)', () => {
  const r = sel4ts('run', 'examples/hello/hello.elf', '--num-domains', '3', '--domain-schedule', '2:5,0:5');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /domain\s+2\n/);
});

test('--dtb passes a given device tree: a 0x1145-byte DTB gives the untypeds of the real seL4 boot around it', async () => {
  const { makeVirtDtb } = await import('../src/boot/fdt.js');
  const p = join(tmp, 'qemu-virt.dtb');
  writeFileSync(p, makeVirtDtb({ ramSize: 3 * 1024 ** 3, padTo: 0x1145 }));
  const r = sel4ts('run', 'examples/hello/hello.elf', '--dtb', p);
  assert.equal(r.code, 0, r.err);
  // The DTB ends at 0x80222145: seL4 carves the rest of that page into 16..2048-byte untypeds from 0x80222150.
  assert.match(r.out, /paddr 0x0080222150\s+bits\s+4\s+RAM/);
  assert.match(r.out, /paddr 0x0080222800\s+bits 11\s+RAM/);
  assert.match(r.out, /FDT chunk \(id 6\): 4421 bytes/);
  const bad = join(tmp, 'bad.dtb');
  writeFileSync(bad, new Uint8Array(64));
  const e = sel4ts('run', 'examples/hello/hello.elf', '--dtb', bad);
  assert.equal(e.code, 2);
  assert.equal(e.err.trim().split('\n').length, 1);
});

test('--check-invariants checks every kernel entry and changes nothing observable', () => {
  const a = sel4ts('run', 'examples/multi/multi.elf', '--stats');
  const b = sel4ts('run', 'examples/multi/multi.elf', '--stats', '--check-invariants');
  assert.equal(b.code, 0, b.err);
  assert.equal(b.out, a.out);
  const insns = (s: string) => /(\d+) instructions, (\d+) kernel entries/.exec(s)?.slice(1).join('/');
  assert.equal(insns(b.err), insns(a.err));
});
