// Snapshots of examples/multi checked against the capabilities multi.c creates; the capDL output read back by a
// parser of the capDL grammar; the JSON output checked against docs/snapshot.schema.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { System, StopReason } from '../src/system.js';
import { CapTag } from '../src/kernel/structures.js';
import { Snapshot, SnapCap, takeSnapshot } from '../src/assurance/snapshot.js';
import { toCapDL } from '../src/assurance/capdl.js';
import { parseCapDL } from './lib/capdl-parser.js';

const MULTI = readFileSync('examples/multi/multi.elf');

function snap(sys: System, reason: string): Snapshot {
  return takeSnapshot(sys.ks, { reason, cycles: sys.cycles, instructions: sys.instructions, virtualTimeNs: 0 });
}

/** Run multi to the end; also snapshot the first moment the server holds a received cap of each type. */
function runMulti(): { end: Snapshot; ntfn: Snapshot; frame: Snapshot } {
  const sys = new System(MULTI, { config: { printing: false }, putchar: () => {} });
  let ntfn: Snapshot | null = null, frame: Snapshot | null = null;
  for (let i = 0; i < 10_000; i++) {
    const r = sys.run(500);
    const server = [...sys.ks.threads].find((t) => t.name === 'server');
    const root = server?.slots[0].cap;
    if (root !== undefined && root.tag === CapTag.CNode) {
      const c = root.obj.slot(10).cap;
      if (c.tag === CapTag.Notification && ntfn === null) ntfn = snap(sys, 'server holds the notification');
      if (c.tag === CapTag.Frame && frame === null) frame = snap(sys, 'server holds the frame');
    }
    if (r.reason !== StopReason.InstructionLimit) break;
  }
  assert.ok(ntfn !== null && frame !== null, 'the server received both caps');
  return { end: snap(sys, 'end'), ntfn, frame };
}

const run = runMulti();

function cnodeOf(s: Snapshot, thread: string): Map<number, SnapCap> {
  const t = s.threads.find((x) => x.name === thread);
  assert.ok(t !== undefined, `thread ${thread}`);
  assert.ok(t.cspace !== null);
  return new Map(s.caps.filter((c) => c.container === t.cspace).map((c) => [c.index, c]));
}

function expectCap(m: Map<number, SnapCap>, slot: number, type: string, fields: Partial<SnapCap> = {}): SnapCap {
  const c = m.get(slot);
  assert.ok(c !== undefined, `slot ${slot} holds a cap`);
  assert.equal(c.type, type, `slot ${slot} type`);
  for (const [k, v] of Object.entries(fields)) assert.deepEqual((c as unknown as Record<string, unknown>)[k], v, `slot ${slot} ${k}`);
  return c;
}

test('multi: every process CNode holds the caps multi.c gives it', () => {
  const s = run.end;
  const ids = (name: string) => s.threads.find((t) => t.name === name)!;
  const server = ids('server'), a = ids('client A'), b = ids('client B');
  const ep = cnodeOf(s, 'server').get(2)!.object;
  const faultEp = cnodeOf(s, 'server').get(5)!.object;
  const done = cnodeOf(s, 'server').get(3)!.object;
  for (const [name, t, badge, bit] of [['server', server, '0x0', 0], ['client A', a, null, 1], ['client B', b, null, 2]] as const) {
    const m = cnodeOf(s, name);
    assert.equal(s.objects.find((o) => o.id === t.cspace)!.radix, 4, `${name}: a CNode of 16 slots`);
    expectCap(m, 1, 'cnode', { object: t.cspace });
    if (badge !== null) expectCap(m, 2, 'endpoint', { object: ep, rights: 'RWGP', badge });
    expectCap(m, 3, 'notification', { object: done, rights: 'W', badge: `0x${(1 << bit).toString(16)}` });
    expectCap(m, 4, 'tcb', { object: t.id });
    expectCap(m, 5, 'endpoint', { object: faultEp, rights: 'WG', badge: `0x${(0x100 + bit).toString(16)}` });
  }
  // Clients: the shared endpoint badged, Write + Grant + GrantReply.
  expectCap(cnodeOf(s, 'client A'), 2, 'endpoint', { object: ep, rights: 'WGP', badge: '0xa' });
  expectCap(cnodeOf(s, 'client B'), 2, 'endpoint', { object: ep, rights: 'WGP', badge: '0xb' });
  expectCap(cnodeOf(s, 'server'), 6, 'page_table', { object: server.vspace });
  // Client A: its notification and the badged send-only copy it minted (still there at the end).
  const an = expectCap(cnodeOf(s, 'client A'), 6, 'notification', { badge: '0x0' });
  expectCap(cnodeOf(s, 'client A'), 7, 'notification', { object: an.object, rights: 'W', badge: '0x5a' });
  // Client B: its frame, mapped at SHARED_VADDR, and its VSpace.
  const bf = expectCap(cnodeOf(s, 'client B'), 6, 'frame', { rights: 'RW' });
  assert.deepEqual(bf.mapping?.vaddr, '0x10100000');
  expectCap(cnodeOf(s, 'client B'), 7, 'page_table', { object: b.vspace });
  // The received caps were deleted by the server.
  assert.equal(cnodeOf(s, 'server').get(10), undefined);
  // Threads: names, priorities and states.
  assert.deepEqual([server.priority, a.priority, b.priority], [200, 150, 100]);
  assert.equal(a.state, 'Inactive');
  // The mapping in B's VSpace points at B's frame, read-write, not executable.
  const vb = s.vspaces.find((v) => v.root === b.vspace)!;
  const m = vb.mappings.find((x) => x.vaddr === '0x10100000')!;
  assert.equal(m.frame, bf.object);
  assert.equal(m.rights, 'RW');
});

test('multi: the transferred notification and frame caps, with their rights and badges', () => {
  const n = cnodeOf(run.ntfn, 'server').get(10)!;
  const aNtfn = cnodeOf(run.ntfn, 'client A').get(6)!;
  assert.equal(n.type, 'notification');
  assert.equal(n.object, aNtfn.object, 'the server holds client A\'s notification');
  assert.equal(n.rights, 'W');
  assert.equal(n.badge, '0x5a');
  assert.equal(n.parent, cnodeOf(run.ntfn, 'client A').get(7)!.slot, 'derived from the copy client A minted');
  const f = cnodeOf(run.frame, 'server').get(10)!;
  const bFrame = cnodeOf(run.frame, 'client B').get(6)!;
  assert.equal(f.type, 'frame');
  assert.equal(f.object, bFrame.object, 'the server holds client B\'s frame');
  assert.equal(f.rights, 'RW');
  assert.equal(f.path, 'server:0xa');
});

test('capDL output parses back with the capDL grammar and says what the snapshot says', () => {
  for (const s of [run.end, run.frame]) {
    const text = toCapDL(s);
    assert.equal(toCapDL(s), text, 'deterministic');
    const m = parseCapDL(text);
    assert.equal(m.arch, 'riscv');
    assert.equal(m.objects.size, s.objects.length);
    for (const o of s.objects) {
      const d = m.objects.get(o.id);
      assert.ok(d !== undefined, o.id);
      const type = o.type === 'ut' ? 'ut' : o.type;
      assert.equal(d.type, type, o.id);
      if (o.type === 'cnode') assert.equal(d.params.bits, o.radix);
      if (o.type === 'frame') {
        assert.equal(d.params.vmSize, 2 ** o.sizeBits);
        assert.equal(d.params.paddr, BigInt(o.paddr!));
      }
      if (o.type === 'ut') assert.equal(d.params.bits, o.sizeBits);
    }
    // Every capability, with rights, badge, guard and reply flags (nested CNodes: each container separately).
    let n = 0;
    for (const c of s.caps) {
      if (c.type === 'zombie') continue;
      const slots = m.caps.get(c.container);
      assert.ok(slots !== undefined, c.container);
      const d = slots.get(c.index);
      assert.ok(d !== undefined, c.slot);
      n++;
      const want = c.type === 'irq_control' ? 'irq_control' : c.type === 'asid_control' ? 'asid_control' : c.type === 'domain' ? 'domain' : c.object;
      assert.equal(d.object, want, c.slot);
      if (c.type === 'endpoint' || c.type === 'notification') {
        assert.equal(d.rights ?? '', c.rights!.replace('P', ''), c.slot);
        assert.equal(d.badge ?? 0n, BigInt(c.badge!), c.slot);
      }
      if (c.type === 'cnode') {
        assert.equal(d.guard, BigInt(c.guard!));
        assert.equal(d.guardSize, c.guardSize);
        // The CNode a cap names is itself a container in the spec (nested CNodes).
        assert.equal(m.objects.get(c.object!)!.type, 'cnode');
      }
      if (c.type === 'frame') {
        assert.equal(d.rights ?? '', c.rights);
        if (c.mapping !== undefined) assert.deepEqual(d.asid, [c.mapping.asid >> 9, c.mapping.asid & 511]);
      }
      if (c.type === 'reply') assert.equal(c.master ? d.masterReply : d.reply, true);
    }
    assert.ok(n > 100);
    // Frame mappings: page-table entries are caps of the pt objects.
    for (const v of s.vspaces) {
      for (const mp of v.mappings) {
        const e = m.caps.get(mp.pt)?.get(mp.index);
        assert.ok(e !== undefined, `${mp.pt}[${mp.index}]`);
        assert.equal(e.object, mp.frame);
        assert.equal(e.rights ?? '', mp.rights);
      }
      for (const t of v.tables) if (t.parent !== null) assert.equal(m.caps.get(t.parent)?.get(t.index)?.object, t.id);
    }
    // The derivation tree.
    const parents = s.caps.filter((c) => c.parent !== null).length;
    assert.equal(m.cdt.length, parents);
  }
});

test('capDL parser: the grammar\'s other forms (nested untypeds, ranges, cap names, references, comments)', () => {
  const m = parseCapDL(`arch riscv /* outer /* nested */ comment */
objects {
  ut0 = ut (20 bits) { cn = cnode (4 bits), sub/ep_a[2] = ep }
  f[3] = frame (4k) -- three frames
  t = tcb (dom: 1, init: [1, 2, 010])
}
caps {
  slot_x = (cn, 3)
  cn { 0x1: ep_a[0] (badge: 7, RW); 2: mycap = ep_a[1] (G); 3: <slot_x> (masked: R) }
  t { cspace: cn (guard: 0, guard_size: 60); ipc_buffer_slot: f[0] (RW) }
}
cdt { (cn, 1) { (cn, 2) { (cn, 3) } } }
irq_maps { 5: irq_a }
domains { schedule: [(0, 10), (1, 5)] start_index: 1 }`);
  assert.equal(m.objects.get('cn')?.params.bits, 4);
  assert.deepEqual(m.objects.get('t')?.params.init, [1n, 2n, 8n], 'octal 010');
  assert.equal(m.caps.get('cn')?.get(1)?.badge, 7n);
  assert.equal(m.caps.get('cn')?.get(3)?.ref, true);
  assert.deepEqual(m.capNames.get('mycap'), ['cn', 2]);
  assert.deepEqual(m.capNames.get('slot_x'), ['cn', 3]);
  assert.equal(m.caps.get('t')?.get(4)?.object, 'f[0]');
  assert.equal(m.cdt.length, 2);
  assert.equal(m.irqMaps.get(5), 'irq_a');
  assert.deepEqual(m.domains, { schedule: [[0, 10], [1, 5]], startIndex: 1 });
  assert.throws(() => parseCapDL('arch riscv objects { x = banana }'), /object type/);
});

test('JSON snapshots satisfy docs/snapshot.schema.json', () => {
  const schema = JSON.parse(readFileSync('docs/snapshot.schema.json', 'utf8'));
  const validate = new Ajv.default({ allErrors: true }).compile(schema);
  for (const s of [run.end, run.ntfn, run.frame]) {
    const doc = JSON.parse(JSON.stringify(s));
    assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 5)));
  }
  const bad = JSON.parse(JSON.stringify(run.end));
  bad.caps[0].rights = 'Q';
  assert.equal(validate(bad), false, 'the schema rejects what it should');
});
