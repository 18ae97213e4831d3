// The debug syscalls of a printing build: PutChar, CapIdentify, NameThread, DumpScheduler, Snapshot, Halt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness, SYS } from './lib/harness.js';
import { ObjType } from './lib/objects.js';
import { world, ok } from './lib/world.js';
import { getRegister } from '../src/kernel/message.js';
import { debugDumpScheduler } from '../src/kernel/api/syscall.js';

function output(h: Harness): string {
  return h.sys.output();
}

test('DebugPutChar prints the low byte of a0', () => {
  const h = new Harness();
  h.syscall(SYS.DebugPutChar, 0x141n, 0);
  h.syscall(SYS.DebugPutChar, 0x0an, 0);
  assert.equal(output(h), 'A\n');
});

test('DebugCapIdentify returns the cap type tag, 0 for an empty slot or a failed lookup', () => {
  const w = world();
  const { h } = w;
  const expect: [number, number][] = [[1, 12], [2, 10], [3, 3], [4, 14], [5, 11], [6, 13], [9, 1], [10, 1], [11, 20], [0, 0], [7, 0]];
  for (const [slot, tag] of expect) {
    h.syscall(SYS.DebugCapIdentify, BigInt(slot), 0);
    assert.equal(getRegister(h.cur, 10), BigInt(tag), `slot ${slot}`);
  }
  const ep = w.make(ObjType.Endpoint);
  const n = w.make(ObjType.Notification);
  h.syscall(SYS.DebugCapIdentify, BigInt(ep), 0);
  assert.equal(getRegister(h.cur, 10), 4n);
  h.syscall(SYS.DebugCapIdentify, BigInt(n), 0);
  assert.equal(getRegister(h.cur, 10), 6n);
  h.syscall(SYS.DebugCapIdentify, BigInt(h.sys.boot.untypeds[0].slot), 0);
  assert.equal(getRegister(h.cur, 10), 2n);
  h.syscall(SYS.DebugCapIdentify, 1n << 62n, 0);
  assert.equal(getRegister(h.cur, 10), 0n, 'guard mismatch');
});

test('DebugNameThread names a TCB from the IPC buffer; bad use halts the kernel', () => {
  const h = new Harness();
  const name = 'sensor-loop';
  const buf = h.buffer(h.root);
  for (let i = 0; i < name.length; i++) h.ks.mem.write8(buf + 8 + i, name.charCodeAt(i));
  h.ks.mem.write8(buf + 8 + name.length, 0);
  h.syscall(SYS.DebugNameThread, 1n, 0);
  assert.equal(h.root.name, name);
  assert.equal(h.ks.halted, false);
  h.syscall(SYS.DebugNameThread, 2n, 0); // a CNode cap
  assert.equal(h.ks.halted, true);
  // An unterminated name (960 non-zero bytes) halts too.
  const h2 = new Harness();
  const b2 = h2.buffer(h2.root);
  for (let i = 0; i < 960; i++) h2.ks.mem.write8(b2 + 8 + i, 0x61);
  h2.syscall(SYS.DebugNameThread, 1n, 0);
  assert.equal(h2.ks.halted, true);
  assert.notEqual(h2.root.name.length, 960);
});

test('DebugDumpScheduler prints seL4\'s table: newest thread first, then idle_thread and rootserver', () => {
  const w = world({ config: { printing: true } });
  const { h } = w;
  const t = w.make(ObjType.TCB);
  w.tcb(t).name = 'worker';
  h.syscall(SYS.DebugDumpScheduler, 0n, 0);
  const lines = output(h).split('\n');
  // debug_dumpScheduler / debug_printTCB: "%40s\t" then "%15s\t%p\t%20lu\t%lu" (seL4 16.0.0, non-MCS).
  assert.deepEqual(lines.slice(0, 3), [
    'Dumping all tcbs!',
    'Name                                    \tState          \tIP                  \t Prio \t Core',
    '-'.repeat(86),
  ]);
  const rows = lines.slice(3).filter((l) => l !== '');
  assert.equal(rows.length, 3);
  assert.equal(rows[0], `${' '.repeat(34)}worker\t       inactive\t0\t${' '.repeat(19)}0\t0`);
  assert.match(rows[1], new RegExp(`^ {29}idle_thread\t {11}idle\t(0|0x[0-9a-f]+)\t {19}0\t0$`));
  assert.equal(rows[2], `${' '.repeat(30)}rootserver\t        running\t0x10000\t${' '.repeat(17)}255\t0`);
});

test('DebugSnapshot prints a capDL-style dump of objects and caps', () => {
  const w = world({ config: { printing: true } });
  const { h } = w;
  const ep = w.make(ObjType.Endpoint);
  const d = w.reserve();
  ok(h.invoke(2, 21, [d, 64, ep, 64, 0xf, 0x42], [2]));
  h.syscall(SYS.DebugSnapshot, 0n, 0);
  const out = output(h);
  // seL4 handleUnknownSyscall prints the caller before debug_capDL() (src/api/syscall.c, SysDebugSnapshot).
  assert.match(out, /^Debug snapshot syscall from user thread 0x[0-9a-f]+ "rootserver"\narch riscv\n\nobjects \{\n/);
  assert.match(out, /  tcb_[0-9a-f]+ = tcb \(name: "rootserver", prio: 255, max_prio: 255, dom: 0, state: Running\)/);
  assert.match(out, /  cnode_[0-9a-f]+ = cnode \(13 bits\)/);
  assert.match(out, /  ep_[0-9a-f]+ = ep/);
  assert.match(out, /caps \{\n  cnode_[0-9a-f]+ \{\n    0x1: tcb_[0-9a-f]+\n    0x2: cnode_[0-9a-f]+ \(guard: 0x0, guard_size: 51\)/);
  assert.match(out, new RegExp(`    0x${d.toString(16)}: ep_[0-9a-f]+ \\(RWGP, badge: 0x42\\)`));
});

test('DebugDumpScheduler on MCS adds seL4\'s InReleaseQueue column', () => {
  const h = new Harness({ config: { printing: true, mcs: true } });
  debugDumpScheduler(h.ks); // what the MCS DebugDumpScheduler syscall runs
  const lines = output(h).split('\n');
  assert.equal(lines[1], 'Name                                    \tState          \tIP                  \t Prio \t Core\t InReleaseQueue');
  const root = lines.slice(3).find((l) => l.trimStart().startsWith('rootserver\t'));
  assert.ok(root !== undefined, lines.join('\n'));
  assert.match(root, /^ {30}rootserver\t {8}running\t(0|0x[0-9a-f]+)\t {17}255\t0\t0$/);
});
