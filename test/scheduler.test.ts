// Preemption in virtual time: the non-MCS timer tick (2 ms = 200,000 instructions at 100 MHz) and the time
// slice (5 ticks) round-robin threads of equal priority at instruction granularity (manual §6.2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SYS } from './lib/harness.js';
import { ObjType } from './lib/objects.js';
import { TCB, CNODE, VSPACE, world, ok, writeCode } from './lib/world.js';
import { Label } from '../src/kernel/api/labels.js';
import { getRegister } from '../src/kernel/message.js';
import { Code, addi, jal } from './cpu/asm.js';

function roundRobin(): bigint[] {
  const w = world();
  const { h } = w;
  // Each thread counts loop iterations in t0: 2 instructions per iteration.
  const entry = writeCode(h, 0x900, new Code().w(addi(5, 5, 1), jal(0, -4)));
  const mk = (prio: number, name: string) => {
    const t = w.make(ObjType.TCB);
    ok(h.invoke(t, Label.TCBConfigure, [0, 0, 0, 0], [CNODE, VSPACE, 10]));
    ok(h.invoke(t, Label.TCBSetPriority, [prio], [TCB]));
    ok(h.invoke(t, Label.TCBWriteRegisters, [1, 1, entry]));
    w.tcb(t).name = name;
    return w.tcb(t);
  };
  const a = mk(100, 'a');
  const b = mk(100, 'b');
  const low = mk(99, 'low');
  const ep = w.make(ObjType.Endpoint);
  h.syscall(SYS.Recv, BigInt(ep), 0); // the root blocks: b (resumed last, at the queue head) runs first
  assert.equal(h.cur, b);
  const slice = 5 * 200_000;
  const r = h.sys.run(3 * slice);
  assert.equal(r.reason, 'insn-limit');
  assert.equal(getRegister(b, 5), BigInt(slice), 'b ran two slices');
  assert.equal(getRegister(a, 5), BigInt(slice / 2), 'a ran one slice');
  assert.equal(getRegister(low, 5), 0n, 'the lower priority never ran');
  return [getRegister(a, 5), getRegister(b, 5), BigInt(h.sys.cycles), BigInt(h.ks.entries)];
}

test('equal-priority threads share the CPU in time slices of 5 ticks; a lower priority never runs', () => {
  const first = roundRobin();
  assert.deepEqual(roundRobin(), first, 'the same run gives the same state');
});

test('domains run in turn for the durations of the domain schedule', () => {
  const w = world({ config: { printing: false, numDomains: 2, domainSchedule: [{ domain: 0, length: 2 }, { domain: 1, length: 3 }] } });
  const { h } = w;
  const entry = writeCode(h, 0x900, new Code().w(addi(5, 5, 1), jal(0, -4)));
  const mk = (name: string, dom: number) => {
    const t = w.make(ObjType.TCB);
    ok(h.invoke(t, Label.TCBConfigure, [0, 0, 0, 0], [CNODE, VSPACE, 10]));
    ok(h.invoke(t, Label.TCBSetPriority, [100], [TCB]));
    ok(h.invoke(11, Label.DomainSetSet, [dom], [t]));
    ok(h.invoke(t, Label.TCBWriteRegisters, [1, 1, entry]));
    w.tcb(t).name = name;
    return w.tcb(t);
  };
  const a = mk('a', 0);
  const b = mk('b', 1);
  assert.equal(b.domain, 1);
  const ep = w.make(ObjType.Endpoint);
  h.syscall(SYS.Recv, BigInt(ep), 0);
  assert.equal(h.cur, a, 'only domain 0 threads run in domain 0');
  const tick = 200_000;
  h.sys.run(10 * tick);
  // 2 ticks of domain 0, 3 of domain 1, twice: a ran 4 ticks, b 6 ticks (2 instructions per iteration).
  assert.equal(getRegister(a, 5), BigInt((4 * tick) / 2));
  assert.equal(getRegister(b, 5), BigInt((6 * tick) / 2));
  assert.equal(h.sys.boot.bootInfo.initThreadDomain, 0);
});
