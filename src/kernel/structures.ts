// Kernel object and capability structures (seL4 include/object/structures.h, structures_64.bf).
// Objects occupy the physical memory their untyped gave them; their state lives here.
import { RegisterFile } from '../machine/cpu.js';

/** Cap type tags as seL4 numbers them (returned by DebugCapIdentify; manual/fact sheet §3.6). */
export const enum CapTag {
  Null = 0,
  Frame = 1,
  Untyped = 2,
  PageTable = 3,
  Endpoint = 4,
  Notification = 6,
  Reply = 8,
  CNode = 10,
  ASIDControl = 11,
  Thread = 12,
  ASIDPool = 13,
  IRQControl = 14,
  IRQHandler = 16,
  Zombie = 18,
  Domain = 20,
  /** MCS (fact sheet §3.6). */
  SchedContext = 22,
  SchedControl = 24,
  /** MCS reply-object cap. seL4 numbers it 8 like the non-MCS reply cap; sel4ts keeps the two apart
   *  internally (capTypeNumber gives the number seL4 reports). */
  ReplyObject = 0x108,
}

/** The cap type number seL4 reports (seL4_DebugCapIdentify, capDL). */
export function capTypeNumber(c: Cap): number {
  return c.tag === CapTag.ReplyObject ? CapTag.Reply : c.tag;
}

export const CAP_NAMES: Record<number, string> = {
  0: 'null', 1: 'frame', 2: 'untyped', 3: 'page table', 4: 'endpoint', 6: 'notification', 8: 'reply',
  10: 'CNode', 11: 'ASID control', 12: 'TCB', 13: 'ASID pool', 14: 'IRQ control', 16: 'IRQ handler',
  18: 'zombie', 20: 'domain', 22: 'sched context', 24: 'sched control', 0x108: 'reply',
};

/** seL4_CapRights_t bits (§3.2). */
export const RIGHT_WRITE = 1;
export const RIGHT_READ = 2;
export const RIGHT_GRANT = 4;
export const RIGHT_GRANT_REPLY = 8;
export const ALL_RIGHTS = 15;

/** VM rights of frame caps (seL4 vm_rights_t). */
export const enum VMRights {
  KernelOnly = 1,
  ReadOnly = 2,
  ReadWrite = 3,
}

export interface NullCap { readonly tag: CapTag.Null }
export interface UntypedCap {
  readonly tag: CapTag.Untyped;
  readonly paddr: number;
  readonly sizeBits: number;
  readonly isDevice: boolean;
  /** Watermark: bytes used from the start of the region (seL4 keeps it in the cap). */
  freeIndex: number;
}
export interface EndpointCap {
  readonly tag: CapTag.Endpoint;
  readonly obj: Endpoint;
  readonly badge: bigint;
  /** The badge as 32-bit halves, so the IPC fastpath delivers it without BigInt arithmetic. */
  readonly badgeLo: number;
  readonly badgeHi: number;
  readonly rights: number;
}
export interface NotificationCap {
  readonly tag: CapTag.Notification;
  readonly obj: Notification;
  readonly badge: bigint;
  readonly badgeLo: number;
  readonly badgeHi: number;
  readonly rights: number;
}
export interface ReplyCap {
  readonly tag: CapTag.Reply;
  readonly tcb: Tcb;
  readonly master: boolean;
  readonly canGrant: boolean;
}
/** MCS: a cap to a Reply object (seL4 cap_reply_cap with capReplyPtr). */
export interface ReplyObjectCap {
  readonly tag: CapTag.ReplyObject;
  readonly reply: Reply;
  readonly canGrant: boolean;
}
export interface SchedContextCap {
  readonly tag: CapTag.SchedContext;
  readonly sc: SchedContext;
  readonly sizeBits: number;
}
export interface SchedControlCap { readonly tag: CapTag.SchedControl; readonly core: number }
export interface CNodeCap {
  readonly tag: CapTag.CNode;
  readonly obj: CNode;
  readonly radix: number;
  readonly guardSize: number;
  readonly guard: bigint;
}
export interface ThreadCap { readonly tag: CapTag.Thread; readonly tcb: Tcb }
export interface IRQControlCap { readonly tag: CapTag.IRQControl }
export interface IRQHandlerCap { readonly tag: CapTag.IRQHandler; readonly irq: number }
export interface ZombieCap {
  readonly tag: CapTag.Zombie;
  /** The CNode or TCB being finalised; seL4's zombie pointer is the first slot of this object. */
  readonly obj: CNode | Tcb;
  /** Slots [0, number) of the object may still hold caps (seL4's zombie number). */
  readonly number: number;
}

/** The slot a zombie points to (seL4 cap_zombie_cap_get_capZombiePtr). */
export function zombieSlot(obj: CNode | Tcb, i: number): Cte {
  return obj instanceof CNode ? obj.slot(i) : obj.slots[i];
}
export interface DomainCap { readonly tag: CapTag.Domain }
export interface FrameCap {
  readonly tag: CapTag.Frame;
  readonly paddr: number;
  /** 12, 21 or 30. */
  readonly sizeBits: number;
  readonly rights: VMRights;
  readonly isDevice: boolean;
  /** 0 when unmapped. */
  readonly mappedASID: number;
  readonly mappedAddress: number;
}
export interface PageTableCap {
  readonly tag: CapTag.PageTable;
  readonly paddr: number;
  readonly isMapped: boolean;
  readonly mappedASID: number;
  readonly mappedAddress: number;
}
export interface ASIDControlCap { readonly tag: CapTag.ASIDControl }
export interface ASIDPoolCap { readonly tag: CapTag.ASIDPool; readonly pool: ASIDPool; readonly asidBase: number }

export type Cap =
  | NullCap | UntypedCap | EndpointCap | NotificationCap | ReplyCap | CNodeCap | ThreadCap | IRQControlCap
  | IRQHandlerCap | ZombieCap | DomainCap | FrameCap | PageTableCap | ASIDControlCap | ASIDPoolCap
  | ReplyObjectCap | SchedContextCap | SchedControlCap;

export const NULL_CAP: NullCap = Object.freeze({ tag: CapTag.Null });

/** A capability table entry: the cap and its place in the mapping database (seL4's MDB). */
export class Cte {
  cap: Cap = NULL_CAP;
  mdbPrev: Cte | null = null;
  mdbNext: Cte | null = null;
  mdbRevocable = false;
  mdbFirstBadged = false;
  constructor(
    /** Object that holds this slot (CNode or TCB) and the index in it, for diagnostics and capDL dumps. */
    readonly owner: CNode | Tcb | null,
    readonly index: number,
  ) {}
}

export interface KernelObject {
  readonly paddr: number;
  readonly sizeBits: number;
}

export class CNode implements KernelObject {
  readonly kind = 'cnode';
  /** Slots are created on first touch: a CNode may have up to 2^33 slots, far more than a JS array holds. */
  private readonly small: (Cte | undefined)[] | null;
  private readonly large: Map<number, Cte> | null;
  readonly numSlots: number;
  constructor(readonly paddr: number, readonly radix: number) {
    this.numSlots = 2 ** radix;
    if (radix <= 20) {
      this.small = new Array(this.numSlots);
      this.large = null;
    } else {
      this.small = null;
      this.large = new Map();
    }
  }
  get sizeBits(): number {
    return this.radix + 5;
  }
  /** Map size at which empty slots made by lookups are dropped again (see pruneCNodes). */
  private pruneAt = 4096;
  slot(i: number): Cte {
    if (this.small !== null) {
      let c = this.small[i];
      if (c === undefined) this.small[i] = c = new Cte(this, i);
      return c;
    }
    let c = this.large!.get(i);
    if (c === undefined) {
      this.large!.set(i, (c = new Cte(this, i)));
      // Lookups of slots never used would otherwise grow the map without bound (a guest can name 2^26 slots).
      if (this.large!.size >= this.pruneAt && !PRUNE_PENDING.includes(this)) PRUNE_PENDING.push(this);
    }
    return c;
  }
  /** Drop empty, unlinked slots from a large CNode (only between kernel entries: no Cte is held then). */
  prune(): void {
    if (this.large === null) return;
    for (const [i, c] of this.large) {
      if (c.cap.tag === CapTag.Null && c.mdbPrev === null && c.mdbNext === null) this.large.delete(i);
    }
    this.pruneAt = Math.max(4096, 2 * this.large.size);
  }
  /** Slots that have ever been touched (the others are empty), in ascending index order. */
  usedSlots(): Cte[] {
    const out: Cte[] = [];
    if (this.small !== null) {
      this.small.forEach((c) => { if (c !== undefined) out.push(c); });
    } else {
      // No spread: a large CNode may have more touched slots than a call can take arguments.
      for (const c of this.large!.values()) out.push(c);
      out.sort((a, b) => a.index - b.index);
    }
    return out;
  }
  /** Last answer of highestUsedBelow: slots [scanEnd + 1, scanFrom) were found empty. */
  private scanFrom = -1;
  private scanEnd = -1;
  /**
   * The highest index below n whose slot holds a cap, or -1 (slots never touched are empty). Only asked of a CNode
   * being finalised (reduceZombie), whose slots are only ever emptied: a previous answer stays valid for any n
   * down to it, so deleting a mostly empty CNode scans each slot once instead of once per preemption window.
   */
  highestUsedBelow(n: number): number {
    if (n <= this.scanFrom && n > this.scanEnd && (this.scanEnd < 0 || this.slot(this.scanEnd).cap.tag !== CapTag.Null)) {
      return this.scanEnd;
    }
    const r = this.scanHighestUsedBelow(n);
    this.scanFrom = n;
    this.scanEnd = r;
    return r;
  }
  private scanHighestUsedBelow(n: number): number {
    if (this.small !== null) {
      for (let i = Math.min(n, this.numSlots) - 1; i >= 0; i--) {
        const c = this.small[i];
        if (c !== undefined && c.cap.tag !== CapTag.Null) return i;
      }
      return -1;
    }
    let best = -1;
    for (const [i, c] of this.large!) if (i < n && i > best && c.cap.tag !== CapTag.Null) best = i;
    return best;
  }
}

/** Large CNodes whose slot map grew past its threshold, pruned by pruneCNodes. */
const PRUNE_PENDING: CNode[] = [];

/**
 * Prune the CNodes that need it. Called by the machine loop after a kernel entry has completed, when the kernel
 * holds no reference to a slot: a slot made by a lookup and left empty is then indistinguishable from one never
 * touched. Costs one length check when nothing is pending.
 */
export function pruneCNodes(): void {
  while (PRUNE_PENDING.length > 0) PRUNE_PENDING.pop()!.prune();
}

/** True if some CNode waits to be pruned (for the machine loop's cheap check). */
export function cnodesToPrune(): boolean {
  return PRUNE_PENDING.length > 0;
}

export const enum EPState { Idle, Send, Recv }
export class Endpoint implements KernelObject {
  readonly kind = 'endpoint';
  readonly sizeBits = 4;
  state: EPState = EPState.Idle;
  readonly queue: Tcb[] = [];
  constructor(readonly paddr: number) {}
}

export const enum NtfnState { Idle, Waiting, Active }
export class Notification implements KernelObject {
  readonly kind = 'notification';
  state: NtfnState = NtfnState.Idle;
  word = 0n;
  readonly queue: Tcb[] = [];
  boundTCB: Tcb | null = null;
  /** MCS: the scheduling context bound to this notification (ntfnSchedContext). */
  schedContext: SchedContext | null = null;
  /** seL4_NotificationBits: 5, or 6 in MCS builds. */
  constructor(readonly paddr: number, readonly sizeBits = 5) {}
}

/** sizeof(sched_context_t) on riscv64 (12 words); the refill array follows it in the object (fact sheet §6.2). */
export const SCHED_CONTEXT_HEADER_BYTES = 96;
/** sizeof(refill_t): rTime and rAmount. */
export const REFILL_BYTES = 16;

/**
 * MCS scheduling context (seL4 sched_context_t). Times are timer ticks. The refills form a circular buffer of
 * refillMax entries; storage grows as entries are first written, so a large SC object costs only what it uses.
 */
export class SchedContext implements KernelObject {
  readonly kind = 'schedcontext';
  period = 0;
  consumed = 0;
  core = 0;
  tcb: Tcb | null = null;
  reply: Reply | null = null;
  notification: Notification | null = null;
  badge = 0n;
  yieldFrom: Tcb | null = null;
  refillMax = 0;
  refillHead = 0;
  refillTail = 0;
  sporadic = false;
  rTime = new Float64Array(2);
  rAmount = new Float64Array(2);
  constructor(readonly paddr: number, readonly sizeBits: number) {}
  /** refill_absolute_max: how many refills fit in the object. */
  get refillAbsoluteMax(): number {
    return Math.floor((2 ** this.sizeBits - SCHED_CONTEXT_HEADER_BYTES) / REFILL_BYTES);
  }
  /** Make room for refill index i (i < refillMax). */
  ensureRefill(i: number): void {
    if (i < this.rTime.length) return;
    let n = this.rTime.length;
    while (n <= i) n *= 2;
    const t = new Float64Array(n);
    const a = new Float64Array(n);
    t.set(this.rTime);
    a.set(this.rAmount);
    this.rTime = t;
    this.rAmount = a;
  }
}

/** MCS reply object (seL4 reply_t): the caller waiting on it and its place in an SC's call stack. */
export class Reply implements KernelObject {
  readonly kind = 'reply';
  readonly sizeBits = 5;
  tcb: Tcb | null = null;
  /** replyPrev: the reply pushed before this one on the same call stack. */
  prev: Reply | null = null;
  /** replyNext: the next reply, or (isHead) the scheduling context at the top of the call stack. */
  next: Reply | SchedContext | null = null;
  constructor(readonly paddr: number) {}
}

export class ASIDPool implements KernelObject {
  readonly kind = 'asidpool';
  readonly sizeBits = 12;
  /** VSpace root physical address per ASID low index, or 0. */
  readonly entries = new Float64Array(512);
  constructor(readonly paddr: number) {}
}

/** seL4 thread states (thread_state_t). */
export const enum ThreadState {
  Inactive = 0,
  Running = 1,
  Restart = 2,
  BlockedOnReceive = 3,
  BlockedOnSend = 4,
  BlockedOnReply = 5,
  BlockedOnNotification = 6,
  IdleThreadState = 7,
}
export const THREAD_STATE_NAMES = [
  'Inactive', 'Running', 'Restart', 'BlockedOnReceive', 'BlockedOnSend', 'BlockedOnReply',
  'BlockedOnNotification', 'IdleThreadState',
];

/** Slots of the TCB's own CNode (seL4 tcb_cnode_index), non-MCS. */
export const enum TcbSlot {
  CTable = 0,
  VTable = 1,
  Reply = 2,
  Caller = 3,
  Buffer = 4,
}

/** The MCS layout of the TCB's CNode: no reply slots, the fault and timeout handler caps instead. */
export const enum McsTcbSlot {
  Buffer = 2,
  FaultHandler = 3,
  TimeoutHandler = 4,
}

/** The fault a thread is reporting (seL4 seL4_Fault_t); label = non-MCS fault label (§8.1). */
export type Fault =
  | { kind: 'none' }
  | { kind: 'cap'; address: bigint; inReceivePhase: boolean; lookupFailure: LookupFailure }
  | { kind: 'unknownSyscall'; syscall: bigint }
  | { kind: 'userException'; number: number; code: number }
  | { kind: 'vm'; address: bigint; fsr: number; instructionFault: boolean }
  | { kind: 'timeout'; badge: bigint };

export type LookupFailure =
  | { kind: 'invalidRoot' }
  | { kind: 'missingCapability'; bitsLeft: number }
  | { kind: 'depthMismatch'; bitsLeft: number; bitsFound: number }
  | { kind: 'guardMismatch'; bitsLeft: number; guardFound: bigint; bitsFound: number };

export const LOOKUP_FAILURE_TYPE = { invalidRoot: 1, missingCapability: 2, depthMismatch: 3, guardMismatch: 4 } as const;

export class Tcb implements KernelObject {
  readonly kind = 'tcb';
  readonly regs = new RegisterFile();
  /** FaultIP of seL4's user context (the ecall or faulting instruction); regs.pc is NextIP. */
  faultIPLo = 0;
  faultIPHi = 0;
  state: ThreadState = ThreadState.Inactive;
  priority = 0;
  mcp = 0;
  domain = 0;
  timeSlice = 0;
  /** IPC buffer virtual address (tcbIPCBuffer). */
  ipcBuffer = 0n;
  /** Fault handler CPtr (non-MCS: looked up in this thread's CSpace when a fault occurs). */
  faultHandler = 0n;
  fault: Fault = { kind: 'none' };
  /** The lookup failure of the current invocation, for FailedLookup errors. */
  name = '';
  flags = 0n;
  boundNotification: Notification | null = null;
  /** The endpoint or notification the thread is blocked on. */
  blockingObject: Endpoint | Notification | null = null;
  /** Blocked-on-send details (seL4 thread_state_t fields). */
  blockingIPCBadge = 0n;
  blockingIPCCanGrant = false;
  blockingIPCCanGrantReply = false;
  blockingIPCIsCall = false;
  /** Blocked on receive: the receiver's endpoint cap had Grant (seL4 blockingIPCCanGrant on receive). */
  receiverCanGrant = false;
  /** For a CapFault being delivered: its lookup failure (seL4 tcbLookupFailure). */
  lookupFailure: LookupFailure = { kind: 'invalidRoot' };
  /** On a scheduler queue. */
  inReadyQueue = false;
  /** MCS: bound or donated scheduling context (tcbSchedContext). */
  schedContext: SchedContext | null = null;
  /** MCS: the SC this thread yielded to with SchedContext_YieldTo (tcbYieldTo). */
  yieldTo: SchedContext | null = null;
  /** MCS: thread_state replyObject (the reply a receiver will hand out, or the one a caller waits on). */
  replyObject: Reply | null = null;
  /** MCS: in the release queue, waiting for a refill (tcbInReleaseQueue). */
  inReleaseQueue = false;
  readonly slots: Cte[];
  /** Index of the IPC buffer frame slot: 4 (TcbSlot.Buffer), or 2 in an MCS kernel. */
  readonly bufferSlot: number;
  /** The two reply caps this thread can be the target of (caps are immutable values; sharing them avoids
   *  allocating on every Call). Index = canGrant. */
  readonly replyCaps: readonly [ReplyCap, ReplyCap];
  constructor(readonly paddr: number, readonly sizeBits: number, mcs = false) {
    this.bufferSlot = mcs ? McsTcbSlot.Buffer : TcbSlot.Buffer;
    this.slots = [0, 1, 2, 3, 4].map((i) => new Cte(this, i));
    this.replyCaps = [
      { tag: CapTag.Reply, tcb: this, master: false, canGrant: false },
      { tag: CapTag.Reply, tcb: this, master: false, canGrant: true },
    ];
  }
}

export type AnyObject = CNode | Endpoint | Notification | ASIDPool | Tcb | SchedContext | Reply;

export function isArchCap(c: Cap): boolean {
  return c.tag === CapTag.Frame || c.tag === CapTag.PageTable || c.tag === CapTag.ASIDControl || c.tag === CapTag.ASIDPool;
}
