// DebugSnapshot: a capDL-style dump of every object and cap (seL4 debug snapshot / capDL loader format).
import type { KernelState } from './statedata.js';
import { Cap, CapTag, CNode, Cte, Endpoint, Notification, ASIDPool, Tcb, THREAD_STATE_NAMES, VMRights } from './structures.js';

function objName(c: Cap): string | null {
  switch (c.tag) {
    case CapTag.Untyped: return `ut_${c.paddr.toString(16)}`;
    case CapTag.Endpoint: return `ep_${c.obj.paddr.toString(16)}`;
    case CapTag.Notification: return `ntfn_${c.obj.paddr.toString(16)}`;
    case CapTag.CNode: return `cnode_${c.obj.paddr.toString(16)}`;
    case CapTag.Thread: return `tcb_${c.tcb.paddr.toString(16)}`;
    case CapTag.Frame: return `frame_${c.paddr.toString(16)}`;
    case CapTag.PageTable: return `pt_${c.paddr.toString(16)}`;
    case CapTag.ASIDPool: return `asid_pool_${c.pool.paddr.toString(16)}`;
    case CapTag.Reply: return `reply_${c.tcb.paddr.toString(16)}`;
    case CapTag.IRQHandler: return `irq_${c.irq}`;
    case CapTag.IRQControl: return 'irq_control';
    case CapTag.ASIDControl: return 'asid_control';
    case CapTag.Domain: return 'domain';
    case CapTag.Zombie: return `zombie_${c.obj.paddr.toString(16)}`;
    default: return null;
  }
}

function rightsStr(r: number): string {
  return (r & 2 ? 'R' : '') + (r & 1 ? 'W' : '') + (r & 4 ? 'G' : '') + (r & 8 ? 'P' : '');
}

function capAttrs(c: Cap): string {
  const a: string[] = [];
  switch (c.tag) {
    case CapTag.Endpoint:
    case CapTag.Notification:
      a.push(rightsStr(c.rights));
      if (c.badge !== 0n) a.push(`badge: 0x${c.badge.toString(16)}`);
      break;
    case CapTag.CNode:
      a.push(`guard: 0x${c.guard.toString(16)}`, `guard_size: ${c.guardSize}`);
      break;
    case CapTag.Frame:
      a.push(c.rights === VMRights.ReadWrite ? 'RW' : c.rights === VMRights.ReadOnly ? 'R' : '');
      if (c.mappedASID !== 0) a.push(`asid: ${c.mappedASID}`, `vaddr: 0x${c.mappedAddress.toString(16)}`);
      break;
    case CapTag.PageTable:
      if (c.isMapped) a.push(`asid: ${c.mappedASID}`, `vaddr: 0x${c.mappedAddress.toString(16)}`);
      break;
    case CapTag.Reply:
      if (c.master) a.push('master_reply');
      break;
    default:
      break;
  }
  const s = a.filter((x) => x !== '').join(', ');
  return s === '' ? '' : ` (${s})`;
}

function objDecl(c: Cap): string {
  switch (c.tag) {
    case CapTag.Untyped: return `ut (${c.sizeBits} bits, paddr: 0x${c.paddr.toString(16)}${c.isDevice ? ', device' : ''})`;
    case CapTag.Endpoint: return 'ep';
    case CapTag.Notification: return 'notification';
    case CapTag.CNode: return `cnode (${c.radix} bits)`;
    case CapTag.Thread: {
      const t = c.tcb;
      return `tcb (name: "${t.name}", prio: ${t.priority}, max_prio: ${t.mcp}, dom: ${t.domain}, state: ${THREAD_STATE_NAMES[t.state]})`;
    }
    case CapTag.Frame: return `frame (${c.sizeBits === 12 ? '4k' : c.sizeBits === 21 ? '2M' : '1G'}, paddr: 0x${c.paddr.toString(16)})`;
    case CapTag.PageTable: return 'pt';
    case CapTag.ASIDPool: return `asid_pool (asid_high: 0x${(c.asidBase >> 9).toString(16)})`;
    default: return '';
  }
}

export function capDLSnapshot(ks: KernelState): string {
  const decls = new Map<string, string>();
  const capLines: string[] = [];
  const containers: (CNode | Tcb)[] = [];
  for (const o of ks.objects) if (o instanceof CNode || o instanceof Tcb) containers.push(o);
  containers.sort((x, y) => x.paddr - y.paddr);
  const visit = (slots: Cte[]) => {
    const lines: string[] = [];
    for (const s of slots) {
      const n = objName(s.cap);
      if (n === null) continue;
      const d = objDecl(s.cap);
      if (d !== '' && !decls.has(n)) decls.set(n, d);
      lines.push(`  0x${s.index.toString(16)}: ${n}${capAttrs(s.cap)}`);
    }
    return lines;
  };
  for (const o of containers) {
    const lines = visit(o instanceof CNode ? o.usedSlots() : o.slots);
    if (lines.length === 0) continue;
    const name = o instanceof CNode ? `cnode_${o.paddr.toString(16)}` : `tcb_${o.paddr.toString(16)}`;
    capLines.push(`${name} {`, ...lines, '}');
  }
  for (const o of ks.objects) {
    if (o instanceof Endpoint) decls.set(`ep_${o.paddr.toString(16)}`, 'ep');
    else if (o instanceof Notification) decls.set(`ntfn_${o.paddr.toString(16)}`, 'notification');
    else if (o instanceof ASIDPool && !decls.has(`asid_pool_${o.paddr.toString(16)}`)) decls.set(`asid_pool_${o.paddr.toString(16)}`, 'asid_pool');
  }
  const objs = [...decls.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, d]) => `  ${n} = ${d}`);
  return ['arch riscv', '', 'objects {', ...objs, '}', '', 'caps {', ...capLines.map((l) => '  ' + l), '}', ''].join('\n');
}
