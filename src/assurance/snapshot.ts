// The whole system state as plain data (one JSON document): every object, every capability with its slot,
// derivation parent and the path a thread uses to reach it, thread states, VSpace mappings and IRQ handlers.
// Everything else in src/assurance (capDL, labels, authority, policy, report) works on this model, so a saved
// snapshot can be analysed without the run. Built through the read-only surface src/kernel/inspect.ts.
import type { KernelState } from '../kernel/statedata.js';
import {
  Cap, CapTag, CNode, Cte, Endpoint, Notification, Reply, SchedContext, Tcb, THREAD_STATE_NAMES, ThreadState, VMRights,
} from '../kernel/structures.js';
import { CapContainer, activeIRQs, asidPools, forEachCap, mdbParents, userThreads, vspaceRoots, walkVSpace } from '../kernel/inspect.js';

export const SNAPSHOT_FORMAT = 'sel4ts-snapshot';

export type ObjectType = 'tcb' | 'cnode' | 'ep' | 'notification' | 'frame' | 'pt' | 'ut' | 'asid_pool' | 'irq' | 'sc' | 'rtreply';

export interface SnapObject {
  id: string;
  type: ObjectType;
  /** Physical address (hex), null for IRQs. */
  paddr: string | null;
  sizeBits: number;
  /** TCB: the name the thread was given (seL4_DebugNameThread). */
  name?: string;
  /** Frames and untypeds: device memory. */
  device?: boolean;
  /** CNode: slots = 2^radix. */
  radix?: number;
  irq?: number;
}

export type CapType =
  | 'untyped' | 'endpoint' | 'notification' | 'reply' | 'cnode' | 'tcb' | 'irq_control' | 'irq_handler' | 'zombie'
  | 'domain' | 'frame' | 'page_table' | 'asid_control' | 'asid_pool' | 'sched_context' | 'sched_control';

export interface SnapCap {
  /** Slot id: container id and index, e.g. "cnode_80412000[0x5]". */
  slot: string;
  container: string;
  index: number;
  /** How a thread names the slot: thread name, then the slot index in each CNode along the way. */
  path: string | null;
  type: CapType;
  /** Object the cap refers to (null for control caps). */
  object: string | null;
  /** Endpoint/notification: subset of R W G P (P = GrantReply). Frame: R, RW or "" (kernel only). */
  rights?: string;
  badge?: string;
  guard?: string;
  guardSize?: number;
  radix?: number;
  /** Frames and page tables: where the cap says it is mapped. */
  mapping?: { asid: number; vaddr: string };
  master?: boolean;
  canGrant?: boolean;
  irq?: number;
  freeIndex?: number;
  asidBase?: number;
  /** Slot id of the derivation-tree parent, or null. */
  parent: string | null;
}

export interface SnapThread {
  id: string;
  name: string;
  state: string;
  /** Endpoint or notification the thread is blocked on. */
  blockedOn: string | null;
  /** Blocked on send: the badge and what the sender's cap allowed; blocked on receive: receiverCanGrant. */
  sendBadge?: string;
  canGrant?: boolean;
  canGrantReply?: boolean;
  isCall?: boolean;
  boundNotification: string | null;
  priority: number;
  mcp: number;
  domain: number;
  ipcBuffer: string;
  ip: string;
  sp: string;
  cspace: string | null;
  vspace: string | null;
  ipcBufferFrame: string | null;
  fault: string | null;
}

export interface SnapMapping {
  vaddr: string;
  frame: string;
  sizeBits: number;
  /** Subset of R W X from the PTE. */
  rights: string;
  pt: string;
  index: number;
}

export interface SnapVSpace {
  root: string;
  asid: number;
  /** Page tables reached from the root; parent/index: the PTE that points to the table (null for the root). */
  tables: { id: string; level: number; vaddr: string; parent: string | null; index: number }[];
  mappings: SnapMapping[];
}

export interface SnapIRQ {
  irq: number;
  state: string;
  object: string;
  /** Slot id of the notification cap the IRQ signals, if any. */
  notification: string | null;
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: 1;
  taken: { reason: string; cycles: number; instructions: number; virtualTimeNs: number };
  objects: SnapObject[];
  caps: SnapCap[];
  threads: SnapThread[];
  vspaces: SnapVSpace[];
  irqs: SnapIRQ[];
  /** Taken of an MCS kernel (TCB slots 2..4 then hold the IPC buffer, fault and timeout handler caps). */
  mcs: boolean;
}

export const hex = (n: number | bigint): string => '0x' + n.toString(16);

const CAP_TYPES: Record<number, CapType> = {
  [CapTag.Untyped]: 'untyped', [CapTag.Endpoint]: 'endpoint', [CapTag.Notification]: 'notification',
  [CapTag.Reply]: 'reply', [CapTag.CNode]: 'cnode', [CapTag.Thread]: 'tcb', [CapTag.IRQControl]: 'irq_control',
  [CapTag.IRQHandler]: 'irq_handler', [CapTag.Zombie]: 'zombie', [CapTag.Domain]: 'domain', [CapTag.Frame]: 'frame',
  [CapTag.PageTable]: 'page_table', [CapTag.ASIDControl]: 'asid_control', [CapTag.ASIDPool]: 'asid_pool',
  // MCS: reply objects are 'reply' caps naming an rtreply object.
  [CapTag.ReplyObject]: 'reply', [CapTag.SchedContext]: 'sched_context', [CapTag.SchedControl]: 'sched_control',
};

/** seL4_CapRights_t bits as letters (R W G P). */
export function rightsString(r: number): string {
  return (r & 2 ? 'R' : '') + (r & 1 ? 'W' : '') + (r & 4 ? 'G' : '') + (r & 8 ? 'P' : '');
}

const FAULT_NAMES: Record<string, string> = {
  cap: 'CapFault', unknownSyscall: 'UnknownSyscall', userException: 'UserException', vm: 'VMFault',
};

/** Identifiers usable in capDL: letters, digits and underscores, starting with a letter. */
export function sanitize(s: string): string {
  const t = s.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  return t === '' ? 'x' : t;
}

/** Deterministic object ids, shared by every output format. */
class Ids {
  readonly tcbIds = new Map<Tcb, string>();
  constructor(threads: Tcb[]) {
    const count = new Map<string, number>();
    for (const t of threads) if (t.name !== '') count.set(sanitize(t.name), (count.get(sanitize(t.name)) ?? 0) + 1);
    for (const t of threads) {
      const n = sanitize(t.name);
      this.tcbIds.set(t, t.name !== '' && count.get(n) === 1 ? `tcb_${n}` : `tcb_${t.paddr.toString(16)}`);
    }
  }
  tcb(t: Tcb): string {
    return this.tcbIds.get(t) ?? `tcb_${t.paddr.toString(16)}`;
  }
  cnode(c: CNode): string {
    return `cnode_${c.paddr.toString(16)}`;
  }
  frame(paddr: number, sizeBits: number): string {
    return sizeBits === 12 ? `frame_${paddr.toString(16)}` : `frame_${paddr.toString(16)}_${sizeBits}`;
  }
  pt(paddr: number): string {
    return `pt_${paddr.toString(16)}`;
  }
  ut(paddr: number, sizeBits: number): string {
    return `ut_${paddr.toString(16)}_${sizeBits}`;
  }
  container(c: CapContainer): string {
    if (c instanceof CNode) return this.cnode(c);
    if (c instanceof Tcb) return this.tcb(c);
    return `irq_${c.irq}`;
  }
}

/** Take a snapshot of the kernel's state now. */
export function takeSnapshot(ks: KernelState, taken: Snapshot['taken'], opts: { paths?: boolean } = {}): Snapshot {
  const threads = userThreads(ks);
  const ids = new Ids(threads);
  const objects = new Map<string, SnapObject>();
  const addObj = (o: SnapObject) => {
    if (!objects.has(o.id)) objects.set(o.id, o);
  };
  for (const t of threads) addObj({ id: ids.tcb(t), type: 'tcb', paddr: hex(t.paddr), sizeBits: t.sizeBits, name: t.name });
  for (const o of ks.objects) {
    if (o instanceof CNode) addObj({ id: ids.cnode(o), type: 'cnode', paddr: hex(o.paddr), sizeBits: o.sizeBits, radix: o.radix });
    else if (o instanceof Endpoint) addObj({ id: `ep_${o.paddr.toString(16)}`, type: 'ep', paddr: hex(o.paddr), sizeBits: 4 });
    else if (o instanceof Notification) addObj({ id: `ntfn_${o.paddr.toString(16)}`, type: 'notification', paddr: hex(o.paddr), sizeBits: o.sizeBits });
    else if (o instanceof SchedContext) addObj({ id: `sc_${o.paddr.toString(16)}`, type: 'sc', paddr: hex(o.paddr), sizeBits: o.sizeBits });
    else if (o instanceof Reply) addObj({ id: `reply_${o.paddr.toString(16)}`, type: 'rtreply', paddr: hex(o.paddr), sizeBits: o.sizeBits });
  }
  for (const p of asidPools(ks)) addObj({ id: `asid_pool_${p.paddr.toString(16)}`, type: 'asid_pool', paddr: hex(p.paddr), sizeBits: 12 });

  const objOf = (c: Cap): string | null => {
    switch (c.tag) {
      case CapTag.Untyped: {
        const id = ids.ut(c.paddr, c.sizeBits);
        addObj({ id, type: 'ut', paddr: hex(c.paddr), sizeBits: c.sizeBits, device: c.isDevice });
        return id;
      }
      case CapTag.Endpoint: return `ep_${c.obj.paddr.toString(16)}`;
      case CapTag.Notification: return `ntfn_${c.obj.paddr.toString(16)}`;
      case CapTag.Reply: return ids.tcb(c.tcb);
      case CapTag.CNode: return ids.cnode(c.obj);
      case CapTag.Thread: return ids.tcb(c.tcb);
      case CapTag.Zombie: return c.obj instanceof CNode ? ids.cnode(c.obj) : ids.tcb(c.obj);
      case CapTag.Frame: {
        const id = ids.frame(c.paddr, c.sizeBits);
        addObj({ id, type: 'frame', paddr: hex(c.paddr), sizeBits: c.sizeBits, device: c.isDevice });
        return id;
      }
      case CapTag.PageTable: {
        const id = ids.pt(c.paddr);
        addObj({ id, type: 'pt', paddr: hex(c.paddr), sizeBits: 12 });
        return id;
      }
      case CapTag.ASIDPool: return `asid_pool_${c.pool.paddr.toString(16)}`;
      case CapTag.SchedContext: return `sc_${c.sc.paddr.toString(16)}`;
      case CapTag.ReplyObject: return `reply_${c.reply.paddr.toString(16)}`;
      case CapTag.IRQHandler: {
        const id = `irq_${c.irq}`;
        addObj({ id, type: 'irq', paddr: null, sizeBits: 0, irq: c.irq });
        return id;
      }
      default: return null;
    }
  };

  // Paths: breadth-first from each thread's CSpace root through CNode caps (first thread to reach a slot wins).
  const paths = new Map<Cte, string>();
  for (const t of opts.paths === false ? [] : threads) {
    const rootCap = t.slots[0].cap;
    if (rootCap.tag !== CapTag.CNode) continue;
    const who = t.name !== '' ? t.name : ids.tcb(t);
    const queue: { cn: CNode; prefix: string; depth: number }[] = [{ cn: rootCap.obj, prefix: `${who}:`, depth: 0 }];
    const seen = new Set<CNode>();
    while (queue.length > 0) {
      const { cn, prefix, depth } = queue.shift()!;
      if (seen.has(cn)) continue;
      seen.add(cn);
      for (const s of cn.usedSlots()) {
        if (s.cap.tag === CapTag.Null) continue;
        const p = `${prefix}${depth > 0 ? '/' : ''}${hex(s.index)}`;
        if (!paths.has(s)) paths.set(s, p);
        if (s.cap.tag === CapTag.CNode && depth < 3 && !seen.has(s.cap.obj)) queue.push({ cn: s.cap.obj, prefix: p, depth: depth + 1 });
      }
    }
  }

  const slotIds = new Map<Cte, string>();
  const entries: { cte: Cte; container: CapContainer; index: number }[] = [];
  forEachCap(ks, (cte, container, index) => {
    slotIds.set(cte, `${ids.container(container)}[${hex(index)}]`);
    entries.push({ cte, container, index });
  });
  const parents = mdbParents(ks);
  const caps: SnapCap[] = [];
  for (const { cte, container, index } of entries) {
    const c = cte.cap;
    if (!(container instanceof CNode) && !(container instanceof Tcb)) {
      addObj({ id: `irq_${container.irq}`, type: 'irq', paddr: null, sizeBits: 0, irq: container.irq });
    }
    const parent = parents.get(cte) ?? null;
    const sc: SnapCap = {
      slot: slotIds.get(cte)!,
      container: ids.container(container),
      index,
      path: paths.get(cte) ?? null,
      type: CAP_TYPES[c.tag],
      object: objOf(c),
      parent: parent !== null ? slotIds.get(parent) ?? null : null,
    };
    switch (c.tag) {
      case CapTag.Endpoint:
      case CapTag.Notification:
        sc.rights = rightsString(c.rights);
        sc.badge = hex(c.badge);
        break;
      case CapTag.CNode:
        sc.radix = c.radix;
        sc.guard = hex(c.guard);
        sc.guardSize = c.guardSize;
        break;
      case CapTag.Frame:
        sc.rights = c.rights === VMRights.ReadWrite ? 'RW' : c.rights === VMRights.ReadOnly ? 'R' : '';
        if (c.mappedASID !== 0) sc.mapping = { asid: c.mappedASID, vaddr: hex(c.mappedAddress) };
        break;
      case CapTag.PageTable:
        if (c.isMapped) sc.mapping = { asid: c.mappedASID, vaddr: hex(c.mappedAddress) };
        break;
      case CapTag.Reply:
        sc.master = c.master;
        sc.canGrant = c.canGrant;
        break;
      case CapTag.ReplyObject:
        sc.master = false;
        sc.canGrant = c.canGrant;
        break;
      case CapTag.IRQHandler:
        sc.irq = c.irq;
        break;
      case CapTag.Untyped:
        sc.freeIndex = c.freeIndex;
        break;
      case CapTag.ASIDPool:
        sc.asidBase = c.asidBase;
        break;
      default:
        break;
    }
    caps.push(sc);
  }

  const vspaces: SnapVSpace[] = [];
  for (const { asid, root } of vspaceRoots(ks)) {
    const w = walkVSpace(ks, root);
    for (const t of w.tables) addObj({ id: ids.pt(t.paddr), type: 'pt', paddr: hex(t.paddr), sizeBits: 12 });
    vspaces.push({
      root: ids.pt(root),
      asid,
      tables: w.tables.map((t) => ({
        id: ids.pt(t.paddr), level: t.level, vaddr: hex(t.vaddr), parent: t.parent === null ? null : ids.pt(t.parent), index: t.index,
      })),
      mappings: w.leaves.map((l) => {
        const frame = ids.frame(l.paddr, l.sizeBits);
        addObj({ id: frame, type: 'frame', paddr: hex(l.paddr), sizeBits: l.sizeBits });
        return {
          vaddr: hex(l.vaddr), frame, sizeBits: l.sizeBits,
          rights: (l.read ? 'R' : '') + (l.write ? 'W' : '') + (l.execute ? 'X' : ''),
          pt: ids.pt(l.pt), index: l.index,
        };
      }),
    });
  }

  const snapThreads: SnapThread[] = threads.map((t) => {
    const blocked = t.blockingObject;
    const blockedOn = blocked === null ? null : blocked instanceof Endpoint ? `ep_${blocked.paddr.toString(16)}` : `ntfn_${blocked.paddr.toString(16)}`;
    const ctable = t.slots[0].cap, vtable = t.slots[1].cap, buf = t.slots[t.bufferSlot].cap;
    const st: SnapThread = {
      id: ids.tcb(t), name: t.name, state: THREAD_STATE_NAMES[t.state],
      blockedOn: t.state === ThreadState.BlockedOnSend || t.state === ThreadState.BlockedOnReceive || t.state === ThreadState.BlockedOnNotification ? blockedOn : null,
      boundNotification: t.boundNotification !== null ? `ntfn_${t.boundNotification.paddr.toString(16)}` : null,
      priority: t.priority, mcp: t.mcp, domain: t.domain,
      ipcBuffer: hex(t.ipcBuffer),
      ip: hex(t.regs.getPC()), sp: hex(t.regs.getX(2)),
      cspace: ctable.tag === CapTag.CNode ? ids.cnode(ctable.obj) : null,
      vspace: vtable.tag === CapTag.PageTable ? ids.pt(vtable.paddr) : null,
      ipcBufferFrame: buf.tag === CapTag.Frame ? ids.frame(buf.paddr, buf.sizeBits) : null,
      fault: t.fault.kind === 'none' ? null : FAULT_NAMES[t.fault.kind] ?? t.fault.kind,
    };
    if (t.state === ThreadState.BlockedOnSend) {
      st.sendBadge = hex(t.blockingIPCBadge);
      st.canGrant = t.blockingIPCCanGrant;
      st.canGrantReply = t.blockingIPCCanGrantReply;
      st.isCall = t.blockingIPCIsCall;
    } else if (t.state === ThreadState.BlockedOnReceive) {
      st.canGrant = t.receiverCanGrant;
    }
    return st;
  });

  const irqs: SnapIRQ[] = activeIRQs(ks).map(({ irq, state, slot }) => ({
    irq, state, object: `irq_${irq}`, notification: slot.cap.tag !== CapTag.Null ? slotIds.get(slot) ?? null : null,
  }));
  for (const i of irqs) addObj({ id: i.object, type: 'irq', paddr: null, sizeBits: 0, irq: i.irq });

  const order: ObjectType[] = ['tcb', 'cnode', 'ep', 'notification', 'ut', 'frame', 'pt', 'asid_pool', 'irq'];
  const objs = [...objects.values()].sort((a, b) =>
    order.indexOf(a.type) - order.indexOf(b.type) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { format: SNAPSHOT_FORMAT, version: 1, taken, objects: objs, caps, threads: snapThreads, vspaces, irqs, mcs: ks.config.mcs };
}

/** Parse and minimally check a snapshot read from a file (full schema: docs/snapshot.schema.json). */
export function parseSnapshot(text: string): Snapshot {
  const v = JSON.parse(text) as Partial<Snapshot>;
  if (v === null || typeof v !== 'object' || v.format !== SNAPSHOT_FORMAT || v.version !== 1 ||
      !Array.isArray(v.objects) || !Array.isArray(v.caps) || !Array.isArray(v.threads) ||
      !Array.isArray(v.vspaces) || !Array.isArray(v.irqs)) {
    throw new Error('not a sel4ts snapshot (expected format "sel4ts-snapshot", version 1)');
  }
  return v as Snapshot;
}
