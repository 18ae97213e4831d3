// Untyped memory and Untyped_Retype (seL4 src/object/untyped.c; manual §2.4 "Kernel Memory Allocation",
// fact sheet §5.5 and §6). Object creation (createObject / createNewObjects) mirrors seL4's
// src/object/objecttype.c, Arch_createObject / Arch_getObjectSize / Arch_isFrameType mirror
// src/arch/riscv/object/objecttype.c, and insertNewCap mirrors src/object/cnode.c; they live here so that
// everything that turns untyped memory into objects is in one file.
import { preemptionPoint, MAX_NUM_WORK_UNITS_PER_PREEMPTION } from '../preemption.js';
import type { KernelState } from '../statedata.js';
import { Exception, SeL4Error } from '../api/failures.js';
import {
  AnyObject, Cap, CapTag, CNode, Cte, Endpoint, Notification, Reply, SchedContext, Tcb, ThreadState, UntypedCap,
  VMRights, ALL_RIGHTS,
  RIGHT_READ, RIGHT_WRITE,
} from '../structures.js';
import { DecodeArgs, lookupErrorFrom, rangeError, invalidArgument, invalidCapability, syscallErr } from './decode.js';
import { Label } from '../api/labels.js';
import { userError } from '../printf.js';
import { kmon } from '../monitor.js';
import { setThreadState } from '../thread.js';
import { lookupSlotForCNodeOp } from '../cspace.js';
import { ensureEmptySlot, ensureNoChildren } from './cnode.js';

// ---- constants (libsel4 sel4/objecttype.h, sel4_arch/objecttype.h, constants.h; fact sheet §6) ----

/** seL4_ObjectType, non-MCS riscv64 numbering (fact sheet §6.1). */
export const enum ObjectType {
  Untyped = 0,
  TCB = 1,
  Endpoint = 2,
  Notification = 3,
  CapTable = 4,
  /** seL4_NonArchObjectTypeCount: arch (mode) object types start here. */
  GigaPage = 5,
  SmallPage = 6,
  MegaPage = 7,
  PageTable = 8,
  /** MCS objects (user numbers 5 and 6 in an MCS build, before the arch types: see MCS_OBJECT_TYPES). */
  SchedContext = 9,
  Reply = 10,
}
export const NON_ARCH_OBJECT_TYPE_COUNT = 5;
/** seL4_ObjectTypeCount (first invalid type). */
export const OBJECT_TYPE_COUNT = 9;
/** MCS user type number -> internal type (fact sheet §6.1). */
export const MCS_OBJECT_TYPES: readonly ObjectType[] = [
  ObjectType.Untyped, ObjectType.TCB, ObjectType.Endpoint, ObjectType.Notification, ObjectType.CapTable,
  ObjectType.SchedContext, ObjectType.Reply,
  ObjectType.GigaPage, ObjectType.SmallPage, ObjectType.MegaPage, ObjectType.PageTable,
];
/** seL4_MinSchedContextBits, seL4_ReplyBits, seL4_NotificationBits of an MCS build. */
export const MIN_SCHED_CONTEXT_BITS = 7;
export const REPLY_BITS = 5;
export const MCS_NOTIFICATION_BITS = 6;

/** Arch (frame or page-table) object types. */
function isArchType(t: number): boolean {
  return t >= NON_ARCH_OBJECT_TYPE_COUNT && t <= ObjectType.PageTable;
}

export const WORD_BITS = 64;
export const MIN_UNTYPED_BITS = 4;
export const MAX_UNTYPED_BITS = 38;
/** CONFIG_RETYPE_FAN_OUT_LIMIT (seL4_UntypedRetypeMaxObjects). */
export const RETYPE_FAN_OUT_LIMIT = 256;
/** CONFIG_RESET_CHUNK_BITS (default 8): untyped reset clears memory in chunks of this size. */
export const RESET_CHUNK_BITS = 8;

export const TCB_BITS = 11;
export const ENDPOINT_BITS = 4;
export const NOTIFICATION_BITS = 5;
export const SLOT_BITS = 5;
export const PAGE_BITS = 12;
export const LARGE_PAGE_BITS = 21;
export const HUGE_PAGE_BITS = 30;
export const PAGE_TABLE_BITS = 12;

/** TCB_NAME_LENGTH of a debug build: 2^(TCBBits-1) - 5 slots * 32 - sizeof(debug_tcb_t) = 848, NUL included. */
export const TCB_NAME_LENGTH = 2 ** (TCB_BITS - 1) - 5 * 32 - 16;

const pow2 = (n: number): number => 2 ** n;

/** alignUp(base, bits) of untyped.c. */
function alignUp(base: number, bits: number): number {
  const a = pow2(bits);
  return Math.ceil(base / a) * a;
}

// ---- object sizes (objecttype.c getObjectSize, riscv Arch_getObjectSize) ----

function archGetObjectSize(t: number): number {
  switch (t) {
    case ObjectType.SmallPage:
    case ObjectType.PageTable:
      return PAGE_BITS;
    case ObjectType.MegaPage:
      return LARGE_PAGE_BITS;
    case ObjectType.GigaPage:
      return HUGE_PAGE_BITS;
    default:
      throw new Error(`Arch_getObjectSize: invalid object type ${t}`);
  }
}

/** log2 of the size in bytes of an object of (internal) type t, userSize < 64. */
export function getObjectSize(t: number, userSize: number, mcs = false): number {
  if (isArchType(t)) return archGetObjectSize(t);
  switch (t) {
    case ObjectType.TCB: return TCB_BITS;
    case ObjectType.Endpoint: return ENDPOINT_BITS;
    case ObjectType.Notification: return mcs ? MCS_NOTIFICATION_BITS : NOTIFICATION_BITS;
    case ObjectType.SchedContext: return userSize;
    case ObjectType.Reply: return REPLY_BITS;
    case ObjectType.CapTable: return SLOT_BITS + userSize;
    case ObjectType.Untyped: return userSize;
    default: throw new Error(`getObjectSize: invalid object type ${t}`);
  }
}

/** Arch_isFrameType (riscv, Sv39: Giga, Mega and 4K pages). */
export function isFrameType(t: number): boolean {
  return t === ObjectType.GigaPage || t === ObjectType.MegaPage || t === ObjectType.SmallPage;
}

// ---- Untyped_Retype (manual §2.4, fact sheet §5.5) ----

export function decodeUntypedInvocation(ks: KernelState, a: DecodeArgs): Exception {
  const cap = a.cap;
  if (cap.tag !== CapTag.Untyped) return invalidCapability(ks, 0);
  const fn = 'decodeUntypedInvocation';

  // Ensure operation is valid.
  if (a.label !== Label.UntypedRetype) {
    userError(ks, 'decodeUntypedInvocation', 45, 'Untyped cap: Illegal operation attempted.');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  // Ensure message length valid.
  const rootSlot = a.extraCaps[0];
  if (a.length < 6 || rootSlot === null) {
    userError(ks, 'decodeUntypedInvocation', 52, 'Untyped invocation: Truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  const newTypeW = a.arg(0);
  const userObjSizeW = a.arg(1);
  const nodeIndex = a.arg(2);
  const nodeDepth = a.arg(3);
  const nodeOffset = a.arg(4);
  const nodeWindowW = a.arg(5);

  // Is the requested object type valid?
  const mcs = ks.config.mcs;
  if (newTypeW >= BigInt(mcs ? MCS_OBJECT_TYPES.length : OBJECT_TYPE_COUNT)) {
    userError(ks, 'decodeUntypedInvocation', 68, 'Untyped Retype: Invalid object type.');
    return invalidArgument(ks, 0);
  }
  const newType = mcs ? MCS_OBJECT_TYPES[Number(newTypeW)] : Number(newTypeW);

  // Exclude impossibly large object sizes (user size must be below the word size, the object at most 2^38).
  if (userObjSizeW >= BigInt(WORD_BITS) || getObjectSize(newType, Number(userObjSizeW), mcs) > MAX_UNTYPED_BITS) {
    userError(ks, 'decodeUntypedInvocation', 80, 'Untyped Retype: Invalid object size.');
    return rangeError(ks, 0, MAX_UNTYPED_BITS);
  }
  const userObjSize = Number(userObjSizeW);
  const objectSize = getObjectSize(newType, userObjSize, mcs);

  // A CNode has at least 2 slots.
  if (newType === ObjectType.CapTable && userObjSize === 0) {
    userError(ks, 'decodeUntypedInvocation', 89, 'Untyped Retype: Requested CapTable size too small.');
    return invalidArgument(ks, 1);
  }
  // An untyped has at least 2^seL4_MinUntypedBits bytes.
  if (newType === ObjectType.Untyped && userObjSize < MIN_UNTYPED_BITS) {
    userError(ks, 'decodeUntypedInvocation', 97, 'Untyped Retype: Requested UntypedItem size too small.');
    return invalidArgument(ks, 1);
  }

  // MCS: a scheduling context holds at least its header and MIN_REFILLS refills.
  if (newType === ObjectType.SchedContext && userObjSize < MIN_SCHED_CONTEXT_BITS) {
    userError(ks, fn, 105, 'Untyped retype: Requested a scheduling context too small.');
    return invalidArgument(ks, 1);
  }

  // Look up the destination CNode (where the new caps go).
  let nodeCap: Cap;
  if (nodeDepth === 0n) {
    nodeCap = rootSlot.cap;
  } else {
    const lu = lookupSlotForCNodeOp(rootSlot.cap, nodeIndex, nodeDepth);
    if (!lu.ok) {
      userError(ks, 'decodeUntypedInvocation', 119, 'Untyped Retype: Invalid destination address.');
      return lookupErrorFrom(ks, lu, false);
    }
    nodeCap = lu.slot.cap;
  }

  // Is the destination actually a CNode?
  if (nodeCap.tag !== CapTag.CNode) {
    userError(ks, 'decodeUntypedInvocation', 127, 'Untyped Retype: Destination cap invalid or read-only.');
    ks.syscallError.type = SeL4Error.FailedLookup;
    ks.syscallError.failedLookupWasSource = false;
    // lookup_fault_missing_capability_new(nodeDepth): nodeDepth is 0 or a valid depth (1..64) here.
    ks.currentLookupFault = { kind: 'missingCapability', bitsLeft: Number(nodeDepth & 0x7fn) };
    ks.syscallError.lookupFailure = ks.currentLookupFault;
    return Exception.SyscallError;
  }

  // Is the region where the caps go valid?
  const nodeSize = pow2(nodeCap.radix);
  if (nodeOffset > BigInt(nodeSize - 1)) {
    userError(ks, fn, 137, 'Untyped Retype: Destination node offset #%d too large.', nodeOffset);
    return rangeError(ks, 0, nodeSize - 1);
  }
  const offset = Number(nodeOffset);
  if (nodeWindowW < 1n || nodeWindowW > BigInt(RETYPE_FAN_OUT_LIMIT)) {
    userError(ks, fn, 145, 'Untyped Retype: Number of requested objects (%d) too small or large.', nodeWindowW);
    return rangeError(ks, 1, RETYPE_FAN_OUT_LIMIT);
  }
  const nodeWindow = Number(nodeWindowW);
  if (nodeWindow > nodeSize - offset) {
    userError(ks, 'decodeUntypedInvocation', 153, 'Untyped Retype: Requested destination window overruns size of node.');
    return rangeError(ks, 1, nodeSize - offset);
  }

  // Ensure that the destination slots are all empty.
  const destCNode = nodeCap.obj;
  for (let i = offset; i < offset + nodeWindow; i++) {
    if (ensureEmptySlot(ks, destCNode.slot(i)) !== Exception.None) {
      userError(ks, fn, 165, 'Untyped Retype: Slot #%d in destination window non-empty.', i);
      return Exception.SyscallError;
    }
  }

  // Where allocation starts: an untyped without children restarts at its base (and is reset: its memory
  // is cleared), otherwise allocation continues at the watermark in the cap.
  const reset = ensureNoChildren(a.slot);
  const freeIndex = reset ? 0 : cap.freeIndex;
  const freeRef = cap.paddr + freeIndex;

  // Enough room? (No alignment needed here: if the objects fit, they also fit aligned up.)
  const untypedFreeBytes = pow2(cap.sizeBits) - freeIndex;
  if (Math.floor(untypedFreeBytes / pow2(objectSize)) < nodeWindow) {
    userError(ks, fn, 204, 'Untyped Retype: Insufficient memory (%lu * %lu bytes needed, %lu bytes available).',
      nodeWindow, pow2(objectSize), untypedFreeBytes);
    ks.syscallError.type = SeL4Error.NotEnoughMemory;
    ks.syscallError.memoryLeft = BigInt(untypedFreeBytes);
    return Exception.SyscallError;
  }

  // Device memory can only become frames or smaller untypeds.
  const deviceMemory = cap.isDevice;
  if (deviceMemory && !isFrameType(newType) && newType !== ObjectType.Untyped) {
    userError(ks, 'decodeUntypedInvocation', 217, 'Untyped Retype: Creating kernel objects with device untyped');
    return invalidArgument(ks, 1);
  }

  // Align the free region up to the object size.
  const alignedFreeRef = alignUp(freeRef, objectSize);

  setThreadState(ks, ks.curThread, ThreadState.Restart);
  return invokeUntypedRetype(ks, a.slot, reset, alignedFreeRef, newType, userObjSize, destCNode, offset, nodeWindow,
    deviceMemory);
}

/**
 * Clear an untyped's used memory and set its watermark to 0 (seL4 resetUntypedCap): large untypeds are cleared
 * top-down in 2^CONFIG_RESET_CHUNK_BITS chunks, lowering the watermark after each, with a preemption point; a
 * preempted reset resumes from the lowered watermark when the Retype is re-executed.
 */
function resetUntypedCap(ks: KernelState, srcSlot: Cte): Exception {
  const prev = srcSlot.cap as UntypedCap;
  const offset = prev.freeIndex;
  if (offset === 0) return Exception.None;
  if (prev.isDevice || prev.sizeBits < RESET_CHUNK_BITS) {
    if (!prev.isDevice) ks.mem.zero(prev.paddr, pow2(prev.sizeBits));
    const cleared: Cap = { ...prev, freeIndex: 0 };
    if (kmon !== null) kmon.slotWrite(srcSlot, cleared);
    srcSlot.cap = cleared;
    ks.capsChanged++;
    return Exception.None;
  }
  const chunk = pow2(RESET_CHUNK_BITS);
  // Chunk by chunk as seL4 does, but cleared in runs that end exactly where the next preemption check falls
  // (one work unit per chunk), so the watermark at a preemption is the one seL4 would leave.
  let off = Math.floor((offset - 1) / chunk) * chunk;
  while (off >= 0) {
    const run = Math.min(MAX_NUM_WORK_UNITS_PER_PREEMPTION - ks.workUnitsCompleted, off / chunk + 1);
    const low = off - (run - 1) * chunk;
    ks.mem.zero(prev.paddr + low, run * chunk);
    const lowered: Cap = { ...prev, freeIndex: low };
    if (kmon !== null) kmon.slotWrite(srcSlot, lowered);
    srcSlot.cap = lowered;
    ks.capsChanged++;
    ks.workUnitsCompleted += run - 1;
    const st = preemptionPoint(ks);
    if (st !== Exception.None) return st;
    off = low - chunk;
  }
  return Exception.None;
}

export function invokeUntypedRetype(
  ks: KernelState, srcSlot: Cte, reset: boolean, retypeBase: number, newType: number, userSize: number,
  destCNode: CNode, destOffset: number, destLength: number, deviceMemory: boolean,
): Exception {
  if (reset) {
    const st = resetUntypedCap(ks, srcSlot);
    if (st !== Exception.None) return st;
  }
  const ut = srcSlot.cap as UntypedCap;
  // Update the watermark (userSize is not the object size for CNodes: getObjectSize transforms it).
  const totalObjectSize = destLength * pow2(getObjectSize(newType, userSize));
  const freeRef = retypeBase + totalObjectSize;
  const used: Cap = { ...ut, freeIndex: freeRef - ut.paddr };
  if (kmon !== null) kmon.slotWrite(srcSlot, used);
  srcSlot.cap = used;
  ks.capsChanged++;
  createNewObjects(ks, newType, srcSlot, destCNode, destOffset, destLength, retypeBase, userSize, deviceMemory);
  return Exception.None;
}

// ---- object creation (mirrors seL4 src/object/objecttype.c createObject / createNewObjects) ----

/** Arch_createObject (riscv): frames and page tables; their memory was cleared when the untyped was reset. */
function archCreateObject(t: number, regionBase: number, deviceMemory: boolean): Cap {
  switch (t) {
    case ObjectType.SmallPage:
    case ObjectType.MegaPage:
    case ObjectType.GigaPage:
      return {
        tag: CapTag.Frame, paddr: regionBase, sizeBits: archGetObjectSize(t), rights: VMRights.ReadWrite,
        isDevice: deviceMemory, mappedASID: 0, mappedAddress: 0,
      };
    case ObjectType.PageTable:
      return { tag: CapTag.PageTable, paddr: regionBase, isMapped: false, mappedASID: 0, mappedAddress: 0 };
    default:
      throw new Error(`Arch_createObject got an API type or invalid object type ${t}`);
  }
}

/**
 * Create one object at regionBase and return its cap (createObject). Like seL4, nothing is cleared here:
 * memory above an untyped's watermark is always zero (boot untypeds start with a full watermark, and every
 * reset clears what was used); kernel objects with state get fresh TypeScript objects.
 */
export function createObject(ks: KernelState, t: number, regionBase: number, userSize: number, deviceMemory: boolean): Cap {
  if (isArchType(t)) return archCreateObject(t, regionBase, deviceMemory);
  switch (t) {
    case ObjectType.SchedContext:
      return { tag: CapTag.SchedContext, sc: new SchedContext(regionBase, userSize), sizeBits: userSize };
    case ObjectType.Reply:
      return { tag: CapTag.ReplyObject, reply: new Reply(regionBase), canGrant: true };
    case ObjectType.TCB: {
      const tcb = new Tcb(regionBase, TCB_BITS, ks.config.mcs);
      // Non-zero parts: time slice (non-MCS), domain; Arch_initContext's sstatus is not modelled.
      tcb.timeSlice = ks.config.timeSlice;
      tcb.domain = ks.curDomain;
      // Debug build: the thread is named after its creator (strlcpy/strlcat into TCB_NAME_LENGTH bytes).
      tcb.name = `child of: '${ks.curThread.name}'`.slice(0, TCB_NAME_LENGTH - 1);
      return { tag: CapTag.Thread, tcb };
    }
    case ObjectType.Endpoint:
      return { tag: CapTag.Endpoint, obj: new Endpoint(regionBase), badge: 0n, badgeLo: 0, badgeHi: 0, rights: ALL_RIGHTS };
    case ObjectType.Notification:
      return { tag: CapTag.Notification, obj: new Notification(regionBase, getObjectSize(t, 0, ks.config.mcs)), badge: 0n, badgeLo: 0, badgeHi: 0, rights: RIGHT_READ | RIGHT_WRITE };
    case ObjectType.CapTable:
      return { tag: CapTag.CNode, obj: new CNode(regionBase, userSize), radix: userSize, guardSize: 0, guard: 0n };
    case ObjectType.Untyped:
      // No object: just a cap to the region, with an empty watermark.
      return { tag: CapTag.Untyped, paddr: regionBase, sizeBits: userSize, isDevice: deviceMemory, freeIndex: 0 };
    default:
      throw new Error(`createObject: invalid object type ${t}`);
  }
}

/** The stateful kernel object a freshly created cap names, if any. */
function newObjectOf(c: Cap): AnyObject | null {
  switch (c.tag) {
    case CapTag.Thread: return c.tcb;
    case CapTag.Endpoint: case CapTag.Notification: case CapTag.CNode: return c.obj;
    case CapTag.SchedContext: return c.sc;
    case CapTag.ReplyObject: return c.reply;
    default: return null;
  }
}

/** createNewObjects: objects at regionBase + i·2^objectSize, caps into consecutive slots as children of parent. */
export function createNewObjects(
  ks: KernelState, t: number, parent: Cte, destCNode: CNode, destOffset: number, destLength: number,
  regionBase: number, userSize: number, deviceMemory: boolean,
): void {
  const objectSize = getObjectSize(t, userSize, ks.config.mcs);
  const ut = parent.cap as UntypedCap;
  for (let i = 0; i < destLength; i++) {
    const cap = createObject(ks, t, regionBase + i * pow2(objectSize), userSize, deviceMemory);
    const obj = newObjectOf(cap);
    if (obj !== null) {
      ks.registerObject(obj);
      ks.objectParents.set(obj, { paddr: ut.paddr, sizeBits: ut.sizeBits });
    }
    insertNewCap(ks, parent, destCNode.slot(destOffset + i), cap);
  }
}

/**
 * insertNewCap (seL4 src/object/cnode.c): put a new cap right after its untyped in the derivation tree, marked
 * revocable and first-badged (unlike cteInsert, which derives these flags from the caps).
 */
export function insertNewCap(ks: KernelState, parent: Cte, slot: Cte, cap: Cap): void {
  const next = parent.mdbNext;
  if (kmon !== null) kmon.slotWrite(slot, cap);
  slot.cap = cap;
  slot.mdbNext = next;
  slot.mdbPrev = parent;
  slot.mdbRevocable = true;
  slot.mdbFirstBadged = true;
  if (next !== null) next.mdbPrev = slot;
  parent.mdbNext = slot;
  ks.capsChanged++;
}
