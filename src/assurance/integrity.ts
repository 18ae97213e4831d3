// Run-time integrity monitor (--check integrity): every write during a run is checked against the labelled
// policy, following l4v's integrity relation (proof/access-control Access.thy: integrity_obj_atomic,
// integrity_mem, cnode_integrity, reply_cap_deletion_integrity; l4v proves every kernel step satisfies it).
//
// What is checked, with the subject being the label of the thread that trapped (for an interrupt: the label
// holding the IRQ's handler):
//   - user stores and kernel writes to RAM (the frame's label): own label, Write authority, or the IPC buffer of
//     a thread the kernel is delivering to (trm_ipc);
//   - thread registers and state (troa_tcb_send/call/reply/receive/restart/activate, or Control);
//   - capability slots (own, Control, reply-cap insertion on Call and deletion, cap transfer through Grant);
//   - endpoint and notification state (troa_ep, troa_ntfn: Receive, SyncSend/Notify, Reset).
// The policy is a policy file, or else the authority graph of the state at the start of each kernel entry
// (with the edges policy_wellformed implies), recomputed whenever capabilities change.
//
// Cost when off: none (no hook is installed). On: the kernel entry points call the hooks (src/kernel/monitor.ts),
// the IPC fastpath is disabled, and every RAM frame is marked so that stores take the CPU's write-notification
// path (the one that keeps the decode cache coherent) — chosen once, when the monitor attaches.
import type { System } from '../system.js';
import type { KernelState } from '../kernel/statedata.js';
import type { KernelMonitor } from '../kernel/monitor.js';
import { Cap, CapTag, CNode, Cte, Endpoint, Notification, Tcb, ThreadState, THREAD_STATE_NAMES, VMRights } from '../kernel/structures.js';
import { takeSnapshot, Snapshot } from './snapshot.js';
import { LabelSpec, computeLabels, Labelling } from './labels.js';
import { AUTH_KINDS, Auth, authorityGraph } from './authority.js';
import { Policy, allows } from './policy.js';

const bit = (a: Auth): number => 1 << AUTH_KINDS.indexOf(a);
const CONTROL = bit('Control'), RECEIVE = bit('Receive'), SYNCSEND = bit('SyncSend'), NOTIFY = bit('Notify');
const RESET = bit('Reset'), GRANT = bit('Grant'), CALL = bit('Call'), REPLY = bit('Reply'), WRITE = bit('Write');

export interface IntegrityViolation {
  subject: string;
  object: string;
  /** Physical address (memory) or slot / object description. */
  address: string;
  write: string;
  missing: string;
  kernelEntry: number;
}

export interface IntegritySummary {
  writesChecked: number;
  userStores: number;
  kernelWrites: number;
  violationCount: number;
  violations: IntegrityViolation[];
  relabels: number;
  policy: 'graph' | 'file';
}

interface PreState {
  state: ThreadState;
  blocking: Endpoint | Notification | null;
  bound: Notification | null;
}

const MAX_DETAILS = 200;

export class IntegrityMonitor implements KernelMonitor {
  writesChecked = 0;
  userStores = 0;
  kernelWrites = 0;
  violationCount = 0;
  readonly violations: IntegrityViolation[] = [];
  relabels = 0;
  private ks!: KernelState;
  private labels: string[] = [];
  private auth = new Uint16Array(0);
  private memLabel = new Int32Array(0);
  private readonly threadLabel = new Map<number, number>();
  private readonly cnodeLabel = new Map<number, number>();
  private readonly objLabel = new Map<number, number>();
  private readonly irqLabel = new Map<number, number>();
  private inKernel = false;
  private subject = -1;
  private interrupt = false;
  private entryThread: Tcb | null = null;
  private dirty = true;
  private readonly touched = new Map<Tcb, PreState>();
  private readonly verdict = new Map<Tcb, boolean>();
  private readonly receivers: Tcb[] = [];
  /** The latest labelling and snapshot the monitor works from (for the report). */
  labelling: Labelling | null = null;
  snapshot: Snapshot | null = null;

  constructor(private readonly opts: { labels?: LabelSpec; policy?: Policy } = {}) {}

  /** Install the monitor on a System before it runs (once per run). */
  attach(sys: System): void {
    this.ks = sys.ks;
    this.ks.monitor = this;
    this.ks.fastpath = false;
    const mem = sys.mem;
    mem.codeFrames.fill(2);
    sys.hart.mmu.flushWrites();
    mem.addCodeWriteHook((frame, off, len) => this.memWrite(frame, off, len));
    this.recompute();
  }

  summary(): IntegritySummary {
    return {
      writesChecked: this.writesChecked, userStores: this.userStores, kernelWrites: this.kernelWrites,
      violationCount: this.violationCount, violations: this.violations, relabels: this.relabels,
      policy: this.opts.policy !== undefined ? 'file' : 'graph',
    };
  }

  // ---- labelling and policy, recomputed when capabilities change ----

  private recompute(): void {
    const ks = this.ks;
    const s = takeSnapshot(ks, { reason: 'integrity monitor', cycles: 0, instructions: 0, virtualTimeNs: 0 }, { paths: false });
    const lab = computeLabels(s, this.opts.labels);
    this.snapshot = s;
    this.labelling = lab;
    this.relabels++;
    const labels = lab.labels;
    const n = labels.length;
    const idx = new Map(labels.map((l, i) => [l, i]));
    const auth = new Uint16Array(n * n);
    if (this.opts.policy !== undefined) {
      for (let f = 0; f < n; f++) for (let t = 0; t < n; t++) {
        let m = 0;
        AUTH_KINDS.forEach((a, k) => { if (allows(this.opts.policy!, labels[f], a, labels[t])) m |= 1 << k; });
        auth[f * n + t] = m;
      }
      // l4v assumes the policy is wellformed (policy_wellformed): Call implies SyncSend, and a caller and a
      // receiver on the same endpoint give the receiver Reply to the caller (and the caller DeleteDerived).
      for (let c = 0; c < n; c++) for (let e = 0; e < n; e++) {
        if ((auth[c * n + e] & CALL) === 0) continue;
        auth[c * n + e] |= SYNCSEND;
        for (let r = 0; r < n; r++) {
          if (r !== c && (auth[r * n + e] & RECEIVE) !== 0) {
            auth[r * n + c] |= REPLY;
            auth[c * n + r] |= bit('DeleteDerived');
          }
        }
      }
    } else {
      const g = authorityGraph(s, lab);
      for (const e of [...g.edges, ...g.implied]) auth[idx.get(e.from)! * n + idx.get(e.to)!] |= bit(e.auth);
      for (let f = 0; f < n; f++) auth[f * n + f] = 0xffff;
    }
    // Control over a label lets a subject use that label's capabilities (it can address its CSpace): take the
    // closure of Control and give each label the authority of every label it controls.
    for (let changed = true; changed;) {
      changed = false;
      for (let f = 0; f < n; f++) for (let x = 0; x < n; x++) {
        if (f === x || (auth[f * n + x] & CONTROL) === 0) continue;
        for (let t = 0; t < n; t++) {
          const m = auth[f * n + t] | auth[x * n + t];
          if (m !== auth[f * n + t]) {
            auth[f * n + t] = m;
            changed = true;
          }
        }
      }
    }
    this.labels = labels;
    this.auth = auth;
    const L = (id: string) => idx.get(lab.of.get(id) ?? '') ?? -1;
    const ram = ks.mem;
    const frames = ram.ramSize / 4096;
    if (this.memLabel.length !== frames) this.memLabel = new Int32Array(frames);
    this.memLabel.fill(-1);
    const fill = (paddr: number, bytes: number, l: number) => {
      const first = Math.max(0, Math.floor((paddr - ram.ramBase) / 4096));
      const last = Math.min(frames, Math.ceil((paddr + bytes - ram.ramBase) / 4096));
      if (last > first) this.memLabel.fill(l, first, last);
    };
    const uts = s.objects.filter((o) => o.type === 'ut' && !o.device).sort((a, b) => b.sizeBits - a.sizeBits);
    for (const u of uts) fill(Number(BigInt(u.paddr!)), 2 ** u.sizeBits, L(u.id));
    for (const o of s.objects) {
      if (o.paddr === null || o.type === 'ut' || o.device) continue;
      if (o.sizeBits >= 12) fill(Number(BigInt(o.paddr)), 2 ** o.sizeBits, L(o.id));
    }
    this.threadLabel.clear();
    this.cnodeLabel.clear();
    this.objLabel.clear();
    this.irqLabel.clear();
    for (const o of s.objects) {
      if (o.paddr === null) {
        if (o.type === 'irq') this.irqLabel.set(o.irq!, L(o.id));
        continue;
      }
      const p = Number(BigInt(o.paddr));
      if (o.type === 'tcb') this.threadLabel.set(p, L(o.id));
      else if (o.type === 'cnode') this.cnodeLabel.set(p, L(o.id));
      else if (o.type === 'ep' || o.type === 'notification') this.objLabel.set(p, L(o.id));
    }
    this.dirty = false;
  }

  private has(s: number, l: number, mask: number): boolean {
    if (s === l) return true;
    if (s < 0 || l < 0) return false;
    return (this.auth[s * this.labels.length + l] & mask) !== 0;
  }

  private name(l: number): string {
    return l >= 0 ? this.labels[l] : '(unlabelled)';
  }

  private violation(s: number, l: number, object: string, address: string, write: string, missing: string): void {
    this.violationCount++;
    if (this.violations.length < MAX_DETAILS) {
      this.violations.push({ subject: this.name(s), object: `${object} (label ${this.name(l)})`, address, write, missing, kernelEntry: this.ks.entries });
    }
  }

  private curSubject(): number {
    if (this.subject === -2) {
      const irq = this.ks.activeIRQ;
      const l = this.irqLabel.get(irq);
      this.subject = l !== undefined && l >= 0 ? l : this.threadLabel.get(this.ks.curThread.paddr) ?? -1;
    }
    return this.subject;
  }

  // ---- KernelMonitor ----

  enter(ks: KernelState, interrupt: boolean): void {
    this.inKernel = true;
    this.interrupt = interrupt;
    this.entryThread = ks.curThread;
    this.touched.clear();
    this.verdict.clear();
    this.receivers.length = 0;
    // For an interrupt the subject is the IRQ's label, known once the IRQ has been claimed.
    this.subject = interrupt ? -2 : this.threadLabel.get(ks.curThread.paddr) ?? -1;
  }

  exit(_ks: KernelState): void {
    this.inKernel = false;
  }

  /**
   * A write is not allowed by the current labelling. If capabilities changed since it was computed, recompute
   * it (labels and graph of the state now) and report true so that the caller checks again. Recomputing only
   * when a check needs it keeps the monitor usable on large systems; allowed writes get the same answer.
   */
  private refreshed(): boolean {
    if (!this.dirty) return false;
    this.recompute();
    const t = this.inKernel ? this.entryThread : this.ks.curThread;
    this.subject = this.inKernel && this.interrupt ? -2 : t === null ? -1 : this.threadLabel.get(t.paddr) ?? -1;
    return true;
  }

  private pre(t: Tcb): PreState {
    let p = this.touched.get(t);
    if (p === undefined) {
      p = { state: t.state, blocking: t.blockingObject, bound: t.boundNotification };
      this.touched.set(t, p);
    }
    return p;
  }

  private labelOfObj(o: Endpoint | Notification | null): number {
    return o === null ? -1 : this.objLabel.get(o.paddr) ?? this.curSubject();
  }

  threadWrite(t: Tcb): void {
    this.writesChecked++;
    this.kernelWrites++;
    if (this.verdict.has(t)) return;
    const p = this.pre(t);
    let r = this.threadRule(t, p);
    if (r === null && this.refreshed()) r = this.threadRule(t, p);
    this.verdict.set(t, r !== null);
    if (r === 'deliver') this.receivers.push(t);
    if (r === null) {
      const s = this.curSubject();
      this.violation(s, this.threadLabel.get(t.paddr) ?? s, `TCB ${t.name !== '' ? `"${t.name}" ` : ''}@0x${t.paddr.toString(16)}`,
        `state ${THREAD_STATE_NAMES[p.state] ?? p.state}`, 'thread registers/state', 'Control (or the send/receive/reply authority its state requires)');
    }
  }

  /** Which integrity_obj rule allows the subject to change t (null: none). */
  private threadRule(t: Tcb, p: PreState): 'own' | 'deliver' | 'other' | null {
    const s = this.curSubject();
    const l = this.threadLabel.get(t.paddr) ?? s;
    if (s === l || this.has(s, l, CONTROL)) return 'own';
    const on = this.labelOfObj(p.blocking);
    switch (p.state) {
      case ThreadState.BlockedOnReceive: // troa_tcb_send (direct, or through the bound notification), troa_tcb_call
        if (this.has(s, on, SYNCSEND | NOTIFY | CALL) || (p.bound !== null && this.has(s, this.labelOfObj(p.bound), NOTIFY))) return 'deliver';
        return this.has(s, on, RESET) ? 'other' : null;
      case ThreadState.BlockedOnNotification:
        if (this.has(s, on, NOTIFY | SYNCSEND)) return 'deliver';
        return this.has(s, on, RESET) ? 'other' : null;
      case ThreadState.BlockedOnSend: // troa_tcb_receive, troa_tcb_restart
        return this.has(s, on, RECEIVE) ? 'deliver' : this.has(s, on, RESET) ? 'other' : null;
      case ThreadState.BlockedOnReply: // troa_tcb_reply
        return this.has(s, l, REPLY) ? 'deliver' : null;
      case ThreadState.Restart: // troa_tcb_activate
        return 'other';
      default: // troa_tcb_unbind
        return p.bound !== null && this.has(s, this.labelOfObj(p.bound), RESET) ? 'other' : null;
    }
  }

  slotWrite(slot: Cte, newCap: Cap): void {
    this.writesChecked++;
    this.kernelWrites++;
    const owner = slot.owner;
    let ok = this.slotOk(slot, newCap);
    if (!ok && this.refreshed()) ok = this.slotOk(slot, newCap);
    // The reply and caller slots of a non-MCS TCB carry no authority the labels depend on.
    if (!(owner instanceof Tcb && !this.ks.config.mcs && (slot.index === 2 || slot.index === 3))) this.dirty = true;
    if (ok) return;
    const s = this.curSubject();
    const where = owner instanceof CNode ? `CNode @0x${owner.paddr.toString(16)}` : owner instanceof Tcb ? `TCB @0x${owner.paddr.toString(16)}` : `IRQ ${slot.index}`;
    this.violation(s, this.slotLabel(slot, s), where, `slot 0x${slot.index.toString(16)}`, 'capability slot', 'Control (or Grant to a label it receives on)');
  }

  private slotLabel(slot: Cte, s: number): number {
    const owner = slot.owner;
    return owner instanceof CNode ? this.cnodeLabel.get(owner.paddr) ?? s
      : owner instanceof Tcb ? this.threadLabel.get(owner.paddr) ?? s
        : this.irqLabel.get(slot.index) ?? s;
  }

  private slotOk(slot: Cte, newCap: Cap): boolean {
    const owner = slot.owner;
    const s = this.curSubject();
    const l = this.slotLabel(slot, s);
    if (s === l || this.has(s, l, CONTROL)) return true;
    const old = slot.cap;
    // reply_cap_deletion_integrity: a subject may delete its reply caps wherever they are.
    if (old.tag === CapTag.Reply && !old.master && newCap.tag === CapTag.Null && (this.threadLabel.get(old.tcb.paddr) ?? s) === s) return true;
    // troa_tcb_call / cdca_reply: the caller's reply cap goes into the receiver's caller slot.
    if (owner instanceof Tcb && slot.index === 3 && newCap.tag === CapTag.Reply && (this.threadLabel.get(newCap.tcb.paddr) ?? s) === s) {
      const p = this.pre(owner);
      if (p.state === ThreadState.BlockedOnReceive && this.has(s, this.labelOfObj(p.blocking), CALL | SYNCSEND)) return true;
    }
    // Capability transfer: Grant to a label the receiver can Receive on (l4v makes such labels one agent).
    const n = this.labels.length;
    if (s >= 0 && l >= 0) {
      for (let x = 0; x < n; x++) if (this.has(s, x, GRANT) && this.has(l, x, RECEIVE)) return true;
    }
    return false;
  }

  objectWrite(o: Endpoint | Notification): void {
    this.writesChecked++;
    this.kernelWrites++;
    for (const t of o.queue) this.pre(t);
    if (o instanceof Notification && o.boundTCB !== null) this.pre(o.boundTCB);
    let ok = this.objectOk(o);
    if (!ok && this.refreshed()) ok = this.objectOk(o);
    if (ok) return;
    const s = this.curSubject();
    this.violation(s, this.objLabel.get(o.paddr) ?? s, `${o instanceof Endpoint ? 'endpoint' : 'notification'} @0x${o.paddr.toString(16)}`, 'state',
      o instanceof Endpoint ? 'endpoint' : 'notification', o instanceof Endpoint ? 'Receive, SyncSend or Reset' : 'Receive, Notify or Reset');
  }

  private objectOk(o: Endpoint | Notification): boolean {
    const s = this.curSubject();
    const l = this.objLabel.get(o.paddr) ?? s;
    const need = o instanceof Endpoint ? RECEIVE | SYNCSEND | CALL | RESET : RECEIVE | NOTIFY | RESET;
    return s === l || this.has(s, l, need | CONTROL);
  }

  /** Every RAM write, from the CPU (user stores) or the kernel (PhysicalMemory writes). */
  private memWrite(frame: number, off: number, len: number): void {
    this.writesChecked++;
    if (this.inKernel) this.kernelWrites++;
    else this.userStores++;
    if (this.memOk(frame, off, len) || (this.refreshed() && this.memOk(frame, off, len))) return;
    const s = this.inKernel ? this.curSubject() : this.threadLabel.get(this.ks.curThread.paddr) ?? -1;
    const pa = this.ks.mem.ramBase + frame * 4096 + off;
    this.violation(s, this.memLabel[frame], 'memory', `0x${pa.toString(16)} (${len} bytes)`, this.inKernel ? 'kernel write' : 'user store', 'Write');
  }

  private memOk(frame: number, off: number, len: number): boolean {
    const l = this.memLabel[frame];
    if (!this.inKernel) {
      const s = this.threadLabel.get(this.ks.curThread.paddr) ?? -1;
      return s === l || this.has(s, l, WRITE);
    }
    const s = this.curSubject();
    // Memory no object covers yet (created in this kernel entry) is the subject's.
    if (l < 0 || s === l || this.has(s, l, WRITE)) return true;
    const pa = this.ks.mem.ramBase + frame * 4096 + off;
    for (const t of this.receivers) {
      const b = ipcBufferRange(t);
      if (b !== null && pa >= b && pa + len <= b + 1024) return true; // trm_ipc
    }
    return false;
  }
}

/** Physical address of a thread's IPC buffer (seL4_IPCBufferSizeBits = 10), or null. */
function ipcBufferRange(t: Tcb): number | null {
  const c = t.slots[t.bufferSlot].cap;
  if (c.tag !== CapTag.Frame || c.rights !== VMRights.ReadWrite) return null;
  return c.paddr + Number(t.ipcBuffer & BigInt(2 ** c.sizeBits - 1));
}

export function formatIntegrity(s: IntegritySummary): string[] {
  const lines = [`integrity: ${s.writesChecked} writes checked, ${s.violationCount} violations`];
  for (const v of s.violations) {
    lines.push(`integrity: violation: ${v.subject} -> ${v.object}: ${v.write} at ${v.address} (kernel entry ${v.kernelEntry}); missing authority: ${v.missing}`);
  }
  if (s.violationCount > s.violations.length) lines.push(`integrity: ... and ${s.violationCount - s.violations.length} more`);
  return lines;
}
