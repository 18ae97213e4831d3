// A snapshot in the capDL language (seL4/capdl capDL-tool/doc/capDL.md, revision 1.1): `arch riscv`, an
// objects section, a caps section (CNodes, TCBs, IRQ objects, and the page tables and ASID pools, whose
// mappings capDL models as caps), and the derivation tree as a cdt section. Only constructs of that grammar are
// written; what it cannot say (thread names, priorities, states, GrantReply, zombies) goes into `--` comments.
import { Snapshot, SnapCap, SnapObject, hex } from './snapshot.js';
import { CAP_KINDS } from './captypes.js';

const TCB_SLOT_NAMES = ['cspace', 'vspace', 'reply_slot', 'caller_slot', 'ipc_buffer_slot'];
/** MCS TCB slots 2..4: the IPC buffer, the fault handler and the timeout handler (capDL's names for them). */
const MCS_TCB_SLOT_NAMES = ['cspace', 'vspace', 'ipc_buffer_slot', 'fault_ep_slot', 'temp_fault_ep_slot'];

function vmSize(bits: number): string {
  return bits >= 20 ? `${2 ** (bits - 20)}M` : `${2 ** (bits - 10)}k`;
}

function objectDecl(o: SnapObject, s: Snapshot): string {
  switch (o.type) {
    case 'tcb': {
      const t = s.threads.find((x) => x.id === o.id);
      const note = t !== undefined
        ? ` -- name "${t.name.replace(/[\r\n]/g, ' ')}", prio ${t.priority}, max_prio ${t.mcp}, state ${t.state}, ip ${t.ip}, sp ${t.sp}, ipc_buffer ${t.ipcBuffer}`
        : '';
      return `${o.id} = tcb (dom: ${t?.domain ?? 0})${note}`;
    }
    case 'cnode': return `${o.id} = cnode (${o.radix ?? o.sizeBits - 5} bits)`;
    case 'ep': return `${o.id} = ep`;
    case 'notification': return `${o.id} = notification`;
    case 'frame': return `${o.id} = frame (${vmSize(o.sizeBits)}, paddr: ${o.paddr})${o.device ? ' -- device' : ''}`;
    case 'pt': return `${o.id} = pt`;
    case 'ut': return `${o.id} = ut (${o.sizeBits} bits, paddr: ${o.paddr})${o.device ? ' -- device' : ''}`;
    case 'asid_pool': return `${o.id} = asid_pool`;
    case 'irq': return `${o.id} = irq -- IRQ ${o.irq}`;
    case 'sc': return `${o.id} = sc (${o.sizeBits} bits)`;
    case 'rtreply': return `${o.id} = rtreply`;
  }
}

function asidParam(asid: number): string {
  return `asid: (${asid >> 9}, ${asid & 511})`;
}

/** `object (params)` for a cap, or null with a comment for caps capDL has no syntax for. */
function capText(c: SnapCap): { text: string | null; note: string } {
  const { name, params, note } = CAP_KINDS[c.type].capdl(c);
  if (name === null) return { text: null, note: note ?? '' };
  return { text: params.length > 0 ? `${name} (${params.join(', ')})` : name, note: note ?? '' };
}

function slotName(container: SnapObject | undefined, index: number, mcs: boolean): string {
  const names = mcs ? MCS_TCB_SLOT_NAMES : TCB_SLOT_NAMES;
  return container?.type === 'tcb' && index < names.length ? names[index] : hex(index);
}

/** The snapshot as a capDL specification. Deterministic: same snapshot, same text. */
export function toCapDL(s: Snapshot): string {
  const byId = new Map(s.objects.map((o) => [o.id, o]));
  const out: string[] = [];
  out.push(`-- sel4ts snapshot (${s.taken.reason}) at cycle ${s.taken.cycles}, ${s.taken.instructions} instructions`);
  out.push('arch riscv', '', 'objects {');
  for (const o of s.objects) out.push('  ' + objectDecl(o, s));
  out.push('}', '', 'caps {');
  // Capability containers in object order, then page tables and ASID pools (their entries as caps).
  const byContainer = new Map<string, SnapCap[]>();
  for (const c of s.caps) {
    const l = byContainer.get(c.container) ?? [];
    l.push(c);
    byContainer.set(c.container, l);
  }
  for (const o of s.objects) {
    const list = byContainer.get(o.id);
    if (list === undefined) continue;
    out.push(`  ${o.id} {`);
    for (const c of [...list].sort((a, b) => a.index - b.index)) {
      const { text, note } = capText(c);
      const slot = slotName(o, c.index, s.mcs);
      if (text === null) out.push(`    -- ${slot}: ${note}`);
      else out.push(`    ${slot}: ${text}${note !== '' ? ` -- ${note}` : ''}`);
    }
    out.push('  }');
  }
  const ptEntries = new Map<string, string[]>();
  const seenPt = new Set<string>();
  for (const v of s.vspaces) {
    for (const t of v.tables) {
      if (t.parent === null) continue;
      const key = `${t.parent}:${t.index}`;
      if (seenPt.has(key)) continue;
      seenPt.add(key);
      const l = ptEntries.get(t.parent) ?? [];
      l.push(`    ${hex(t.index)}: ${t.id}`);
      ptEntries.set(t.parent, l);
    }
    for (const m of v.mappings) {
      const key = `${m.pt}:${m.index}`;
      if (seenPt.has(key)) continue;
      seenPt.add(key);
      const l = ptEntries.get(m.pt) ?? [];
      // capDL writes a frame's execute right as X.
      l.push(`    ${hex(m.index)}: ${m.frame}${m.rights !== '' ? ` (${m.rights})` : ''} -- ${m.vaddr}`);
      ptEntries.set(m.pt, l);
    }
  }
  for (const [pt, lines] of [...ptEntries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const sorted = lines.map((l) => ({ l, i: parseInt(l.trim().split(':')[0], 16) })).sort((a, b) => a.i - b.i).map((x) => x.l);
    out.push(`  ${pt} {`, ...sorted, '  }');
  }
  const pools = new Map<string, string[]>();
  for (const v of s.vspaces) {
    const poolCap = s.caps.find((c) => c.type === 'asid_pool' && (c.asidBase ?? -1) === (v.asid & ~511));
    if (poolCap === undefined || poolCap.object === null) continue;
    const l = pools.get(poolCap.object) ?? [];
    l.push(`    ${hex(v.asid & 511)}: ${v.root} (${asidParam(v.asid)})`);
    pools.set(poolCap.object, l);
  }
  for (const [pool, lines] of [...pools.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) out.push(`  ${pool} {`, ...lines, '  }');
  out.push('}', '');
  // Derivation tree: parent slot { children }.
  const children = new Map<string, SnapCap[]>();
  for (const c of s.caps) {
    if (c.parent === null) continue;
    const l = children.get(c.parent) ?? [];
    l.push(c);
    children.set(c.parent, l);
  }
  const slotRef = (slotId: string): string | null => {
    const c = s.caps.find((x) => x.slot === slotId);
    if (c === undefined) return null;
    return `(${c.container}, ${slotName(byId.get(c.container), c.index, s.mcs)})`;
  };
  if (children.size > 0) {
    out.push('cdt {');
    for (const c of s.caps) {
      const kids = children.get(c.slot);
      if (kids === undefined) continue;
      const p = slotRef(c.slot);
      if (p === null) continue;
      out.push(`  ${p} {`);
      for (const k of kids) {
        const r = slotRef(k.slot);
        if (r !== null) out.push(`    ${r}`);
      }
      out.push('  }');
    }
    out.push('}', '');
  }
  return out.join('\n');
}
