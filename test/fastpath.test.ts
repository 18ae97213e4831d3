// The IPC fastpaths (Call, ReplyRecv) must be observably identical to the slow path: the same scripted
// workloads run with and without them end in the same registers, thread states, caps and scheduling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SYS } from './lib/harness.js';
import { ObjType } from './lib/objects.js';
import { TCB, CNODE, World, world, ok, giveSpace } from './lib/world.js';
import { Label } from '../src/kernel/api/labels.js';
import { getRegister } from '../src/kernel/message.js';
import { capDLSnapshot } from '../src/kernel/debug.js';
import { THREAD_STATE_NAMES } from '../src/kernel/structures.js';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 2 ** 32;
  };
}

function observe(w: World): string {
  const { h } = w;
  const ts = [...h.ks.threads].map((t) => {
    const regs = [10, 11, 12, 13, 14, 15].map((r) => getRegister(t, r).toString(16)).join(',');
    return `${t.name}:${THREAD_STATE_NAMES[t.state]}:${t.priority}:${regs}:${t.regs.getPC().toString(16)}`;
  });
  return [`cur=${h.cur.name}`, ...ts, capDLSnapshot(h.ks)].join('\n');
}

/** Clients Call a server over badged endpoint caps with random messages; the server ReplyRecvs. */
function workload(seed: number, fast: boolean): string[] {
  const r = rng(seed);
  const w = world();
  const { h } = w;
  h.ks.fastpath = fast;
  const ep = w.make(ObjType.Endpoint);
  const clients: number[] = [];
  const caps: number[] = [];
  const prios = [100, 100 + Math.floor(r() * 3) * 50, 100 + Math.floor(r() * 3) * 50];
  for (let i = 0; i < 3; i++) {
    const t = w.make(ObjType.TCB);
    giveSpace(w, t);
    ok(h.invoke(t, Label.TCBSetPriority, [prios[i]], [TCB]));
    ok(h.invoke(t, Label.TCBResume));
    w.tcb(t).name = `client${i}`;
    clients.push(t);
    const c = w.reserve();
    const rights = r() < 0.8 ? 0b1001 : r() < 0.5 ? 0b0101 : 0b0001;
    ok(h.invoke(CNODE, Label.CNodeMint, [c, 64, ep, 64, rights, BigInt(i + 1) << BigInt(Math.floor(r() * 60))], [CNODE]));
    caps.push(c);
  }
  const server = h.root;
  const trace: string[] = [];
  h.syscall(SYS.Recv, BigInt(ep), 0);
  for (let step = 0; step < 60; step++) {
    const cur = h.cur;
    const len = Math.floor(r() * 7);
    const mrs = Array.from({ length: len }, () => BigInt(Math.floor(r() * 2 ** 32)) << 16n);
    const label = Math.floor(r() * 5000);
    if (cur === server) {
      h.syscall(r() < 0.9 ? SYS.ReplyRecv : SYS.Recv, BigInt(ep), label, mrs);
    } else {
      const i = clients.findIndex((c) => w.tcb(c) === cur);
      if (i < 0) break;
      const op = r();
      if (op < 0.8) h.syscall(SYS.Call, BigInt(caps[i]), label, mrs);
      else if (op < 0.9) h.syscall(SYS.Yield, 0n, 0);
      else h.syscall(SYS.Send, BigInt(caps[i]), label, mrs);
    }
    trace.push(observe(w));
    if (h.cur === h.ks.idleThread) break;
  }
  if (fast) trace.push(`fastpath hits ${h.ks.fastpathHits > 0}`);
  else trace.push(`fastpath hits ${h.ks.fastpathHits === 0}`);
  return trace;
}

test('fastpath and slow path give identical observable behaviour on random IPC workloads', () => {
  for (let seed = 1; seed <= 25; seed++) {
    const fast = workload(seed, true);
    const slow = workload(seed, false);
    assert.equal(fast.length, slow.length, `seed ${seed}: run lengths differ`);
    for (let i = 0; i < fast.length; i++) assert.equal(fast[i], slow[i], `seed ${seed}, step ${i}`);
    assert.ok(fast.length > 5, `seed ${seed}: the workload did something`);
  }
});

test('the fastpath completes short Call/ReplyRecv exchanges', () => {
  const w = world();
  const { h } = w;
  const ep = w.make(ObjType.Endpoint);
  const t = w.make(ObjType.TCB);
  giveSpace(w, t);
  ok(h.invoke(t, Label.TCBSetPriority, [255], [TCB]));
  ok(h.invoke(t, Label.TCBResume));
  h.syscall(SYS.Recv, BigInt(ep), 0);
  assert.equal(h.cur, w.tcb(t));
  const hits = h.ks.fastpathHits;
  for (let i = 0; i < 10; i++) {
    h.syscall(SYS.Call, BigInt(ep), 1, [BigInt(i)]);
    assert.equal(h.cur, h.root);
    assert.equal(getRegister(h.root, 12), BigInt(i));
    h.syscall(SYS.ReplyRecv, BigInt(ep), 2, [BigInt(i * 2)]);
    assert.equal(h.cur, w.tcb(t));
    assert.equal(getRegister(w.tcb(t), 12), BigInt(i * 2));
  }
  assert.equal(h.ks.fastpathHits - hits, 20);
});
