// The authority graph and its take-grant closure for systems built through the real kernel (TS harness) whose
// answers are known: a chain of Grant edges, a badged endpoint, a shared frame mapped read-only, a reply cap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { world, ok, become, CNODE, VSPACE, IPCBUF } from './lib/world.js';
import { ObjType, capAt } from './lib/objects.js';
import { SYS } from './lib/harness.js';
import { Label } from '../src/kernel/api/labels.js';
import { ThreadState } from '../src/kernel/structures.js';
import { takeSnapshot } from '../src/assurance/snapshot.js';
import { computeLabels, parseLabels } from '../src/assurance/labels.js';
import { AUTH_KINDS, Edge, authorityGraph, takeGrantClosure } from '../src/assurance/authority.js';

const W = 1, R = 2, G = 4, P = 8;
const ASID_POOL = 6;

function build() {
  const w = world();
  const { h } = w;
  const paddrOf = (slot: number): number => {
    const c = capAt(h, slot) as { obj?: { paddr: number }; tcb?: { paddr: number }; paddr?: number };
    return c.obj?.paddr ?? c.tcb?.paddr ?? c.paddr!;
  };
  const ep1 = w.make(ObjType.Endpoint), ep2 = w.make(ObjType.Endpoint), ep3 = w.make(ObjType.Endpoint);
  const nt = w.make(ObjType.Notification), data = w.make(ObjType.SmallPage);
  const labels: string[] = [
    `object 0x${paddrOf(ep1).toString(16)} = ep1`, `object 0x${paddrOf(ep2).toString(16)} = ep2`,
    `object 0x${paddrOf(ep3).toString(16)} = ep3`, `object 0x${paddrOf(nt).toString(16)} = nt`,
    `object 0x${paddrOf(data).toString(16)} = data`,
  ];
  /** A thread with a 16-slot CNode of its own (guard size 60), sharing the rootserver's VSpace. */
  const thread = (label: string) => {
    const t = w.make(ObjType.TCB), cn = w.make(ObjType.CapTable, 4);
    ok(h.invoke(t, Label.TCBConfigure, [0, 60, 0, 0], [cn, VSPACE, IPCBUF]));
    labels.push(`tcb 0x${paddrOf(t).toString(16)} = ${label}`);
    return { t, cn };
  };
  const copy = (cn: number, i: number, src: number, rights: number) => ok(h.invoke(cn, Label.CNodeCopy, [i, 4, src, 64, rights], [CNODE]));
  const mint = (cn: number, i: number, src: number, rights: number, badge: number) =>
    ok(h.invoke(cn, Label.CNodeMint, [i, 4, src, 64, rights, badge], [CNODE]));
  // Chain of Grant edges: A -G-> ep1 <-R- B -G-> ep2 <-R- C; A holds the data frame.
  const A = thread('A'), B = thread('B'), C = thread('C');
  copy(A.cn, 1, ep1, G | W);
  copy(A.cn, 2, data, R | W);
  copy(B.cn, 1, ep1, R);
  copy(B.cn, 2, ep2, G | W);
  copy(C.cn, 1, ep2, R);
  // A badged endpoint, send only.
  const E = thread('E');
  mint(E.cn, 1, ep1, W, 0x42);
  // A subject with a notification only.
  const D = thread('D');
  copy(D.cn, 1, nt, W);
  // A shared frame mapped read-only: S has its own VSpace, in which the rootserver maps the data frame R only.
  const S = thread('S');
  const vs = w.make(ObjType.PageTable), pt1 = w.make(ObjType.PageTable), pt0 = w.make(ObjType.PageTable);
  ok(h.invoke(ASID_POOL, Label.RISCVASIDPoolAssign, [], [vs]));
  ok(h.invoke(pt1, Label.RISCVPageTableMap, [0x400000, 0], [vs]));
  ok(h.invoke(pt0, Label.RISCVPageTableMap, [0x400000, 0], [vs]));
  const ro = w.reserve();
  ok(h.invoke(CNODE, Label.CNodeCopy, [ro, 64, data, 64, R], [CNODE]));
  ok(h.invoke(ro, Label.RISCVPageMap, [0x400000, R, 1], [vs])); // seL4_RISCV_ExecuteNever
  ok(h.invoke(S.t, Label.TCBSetSpace, [0, 60, 0], [S.cn, vs]));
  // A reply cap: Q receives on ep3, K calls it.
  const Q = thread('Q'), K = thread('K');
  copy(Q.cn, 1, ep3, R);
  copy(K.cn, 1, ep3, W | P);
  become(w, Q.t);
  h.syscall(SYS.Recv, 1n, 0);
  assert.equal(w.tcb(Q.t).state, ThreadState.BlockedOnReceive);
  become(w, K.t);
  h.syscall(SYS.Call, 1n, 7);
  assert.equal(w.tcb(K.t).state, ThreadState.BlockedOnReply);
  const snap = takeSnapshot(h.ks, { reason: 'test', cycles: 0, instructions: 0, virtualTimeNs: 0 });
  const lab = computeLabels(snap, parseLabels(labels.join('\n')));
  return { snap, lab, graph: authorityGraph(snap, lab) };
}

const sys = build();

function kinds(edges: Edge[], from: string, to: string): string[] {
  return edges.filter((e) => e.from === from && e.to === to).map((e) => e.auth);
}

test('authority from caps: Grant confers every kind, receive-only and send-only caps what they allow', () => {
  const e = sys.graph.edges;
  assert.deepEqual(kinds(e, 'A', 'ep1'), [...AUTH_KINDS], 'Grant: UNIV (cap_rights_to_auth)');
  assert.deepEqual(kinds(e, 'A', 'data'), ['Write', 'Read']);
  assert.deepEqual(kinds(e, 'B', 'ep1'), ['Receive', 'Reset']);
  assert.deepEqual(kinds(e, 'B', 'ep2'), [...AUTH_KINDS]);
  assert.deepEqual(kinds(e, 'C', 'ep2'), ['Receive', 'Reset']);
  assert.deepEqual(kinds(e, 'D', 'nt'), ['Notify', 'Reset']);
  assert.deepEqual(kinds(e, 'C', 'ep1'), []);
});

test('a badged send-only endpoint confers SyncSend and Reset, and the edge names the slot and badge', () => {
  const e = sys.graph.edges.filter((x) => x.from === 'E' && x.to === 'ep1');
  assert.deepEqual(e.map((x) => x.auth), ['SyncSend', 'Reset']);
  const eTcb = sys.snap.threads.find((t) => sys.lab.of.get(t.id) === 'E')!;
  assert.match(e[0].reasons[0], new RegExp(`cap ${eTcb.cspace}\\[0x1\\].*endpoint .* rights W badge 0x42`));
});

test('a frame mapped read-only in another VSpace confers Read only, through the page table', () => {
  const e = sys.graph.edges;
  assert.deepEqual(kinds(e, 'S', 'data'), ['Read']);
  const r = e.find((x) => x.from === 'S' && x.to === 'data')!;
  assert.match(r.reasons.join(';'), /mapping pt_[0-9a-f]+\[0\] -> frame_[0-9a-f]+ R at 0x400000/);
  assert.deepEqual(kinds(e, 'rootserver', 'data'), ['Control', 'Write', 'Read']);
});

test('a reply cap: the receiver gets Reply to the caller; the caller may delete it (DeleteDerived)', () => {
  const e = sys.graph.edges;
  assert.deepEqual(kinds(e, 'Q', 'K'), ['Reply']);
  assert.match(e.find((x) => x.from === 'Q' && x.to === 'K')!.reasons[0], /cap tcb_[0-9a-f]+\[0x3\].*reply/);
  assert.deepEqual(kinds(e, 'K', 'Q'), ['DeleteDerived'], 'sbta_cdt_transferable: no Control for a reply cap');
  assert.deepEqual(kinds(e, 'K', 'ep3'), ['SyncSend', 'Reset', 'Call']);
  assert.deepEqual(kinds(e, 'Q', 'ep3'), ['Receive', 'Reset']);
  // policy_wellformed: Call and Receive on the same endpoint imply Reply, here already in the graph.
  assert.ok(!sys.graph.implied.some((x) => x.auth === 'Reply' && x.from === 'Q' && x.to === 'K'));
  assert.ok(sys.graph.implied.some((x) => x.auth === 'Reply' && x.from === 'Q' && x.to === 'rootserver') ||
    !sys.graph.edges.some((x) => x.from === 'rootserver' && x.to === 'ep3' && x.auth === 'Call'));
});

test('take-grant closure: authority flows down the Grant chain and nowhere else', () => {
  const sub = new Set(['A', 'B', 'C', 'D', 'E', 'ep1', 'ep2', 'nt', 'data']);
  const edges = sys.graph.edges.filter((x) => sub.has(x.from) && sub.has(x.to));
  const closure = takeGrantClosure([...sub], edges);
  const has = (f: string, a: string, t: string) => closure.some((x) => x.from === f && x.auth === a && x.to === t);
  assert.ok(has('B', 'Write', 'data'), 'A grants through ep1 to B');
  assert.ok(has('C', 'Write', 'data'), 'B grants through ep2 to C');
  assert.ok(has('C', 'Grant', 'ep1'));
  assert.match(closure.find((x) => x.from === 'C' && x.auth === 'Write')!.reasons[0], /grants through ep2 to C/);
  for (const x of closure) {
    assert.notEqual(x.from, 'D', 'nothing can be granted to D');
    assert.notEqual(x.from, 'E', 'E can send but never receive caps');
    assert.ok(!(x.to === 'nt' && x.auth === 'Notify'), 'only D holds the notification and it cannot pass it on');
  }
  // Without the Grant right on A's cap nothing reaches C.
  const noGrant = edges.filter((x) => !(x.from === 'A' && x.to === 'ep1' && x.auth !== 'SyncSend' && x.auth !== 'Reset'));
  const c2 = takeGrantClosure([...sub], noGrant);
  assert.ok(!c2.some((x) => x.from === 'C' && x.to === 'data'));
});
