// CNodes and the capability derivation tree (seL4 src/object/cnode.c; manual §3 "Capability Spaces").
import type { KernelState } from '../statedata.js';
import { Cap, CapTag, Cte, NULL_CAP, TcbSlot, CNode, Tcb, zombieSlot } from '../structures.js';
import { preemptionPoint, MAX_NUM_WORK_UNITS_PER_PREEMPTION } from '../preemption.js';
import { Exception, SeL4Error } from '../api/failures.js';
import { isCapRevocable, isMDBParentOf, sameObjectAs, maskCapRights, updateCapData } from './cap.js';
import { lookupSlotForCNodeOp } from '../cspace.js';
import { finaliseCap, deriveCap, postCapDeletion } from './objecttype.js';
import { cancelBadgedSends } from './endpoint.js';
import { Label } from '../api/labels.js';
import { userError } from '../printf.js';
import { setThreadState } from '../thread.js';
import { ThreadState } from '../structures.js';
import { lookupErrorFrom, syscallErr, DecodeArgs } from './decode.js';
import { kmon } from '../monitor.js';

// ---- the mapping database ----

/**
 * seL4 setUntypedCapAsFull: when a cap to the same whole untyped region is inserted as a child (Copy/Mint of an
 * untyped without children), the parent's watermark is set to the end of the region so that no new objects are
 * created through it (they would overlap whatever the child makes).
 */
function setUntypedCapAsFull(srcCap: Cap, newCap: Cap, srcSlot: Cte): void {
  if (srcCap.tag === CapTag.Untyped && newCap.tag === CapTag.Untyped &&
      srcCap.paddr === newCap.paddr && srcCap.sizeBits === newCap.sizeBits) {
    const full: Cap = { ...srcCap, freeIndex: 2 ** srcCap.sizeBits };
    if (kmon !== null) kmon.slotWrite(srcSlot, full);
    srcSlot.cap = full;
  }
}

export function cteInsert(ks: KernelState, newCap: Cap, src: Cte, dest: Cte): void {
  const srcCap = src.cap;
  const revocable = isCapRevocable(newCap, srcCap);
  setUntypedCapAsFull(srcCap, newCap, src);
  if (kmon !== null) kmon.slotWrite(dest, newCap);
  dest.cap = newCap;
  dest.mdbRevocable = revocable;
  dest.mdbFirstBadged = revocable;
  dest.mdbPrev = src;
  dest.mdbNext = src.mdbNext;
  if (src.mdbNext !== null) src.mdbNext.mdbPrev = dest;
  src.mdbNext = dest;
  ks.capsChanged++;
}

export function cteMove(ks: KernelState, newCap: Cap, src: Cte, dest: Cte): void {
  if (kmon !== null) {
    kmon.slotWrite(dest, newCap);
    kmon.slotWrite(src, NULL_CAP);
  }
  dest.cap = newCap;
  dest.mdbPrev = src.mdbPrev;
  dest.mdbNext = src.mdbNext;
  dest.mdbRevocable = src.mdbRevocable;
  dest.mdbFirstBadged = src.mdbFirstBadged;
  src.cap = NULL_CAP;
  src.mdbPrev = src.mdbNext = null;
  src.mdbRevocable = src.mdbFirstBadged = false;
  if (dest.mdbPrev !== null) dest.mdbPrev.mdbNext = dest;
  if (dest.mdbNext !== null) dest.mdbNext.mdbPrev = dest;
  ks.capsChanged++;
}

export function cteSwap(ks: KernelState, cap1: Cap, slot1: Cte, cap2: Cap, slot2: Cte): void {
  const p1 = slot1.mdbPrev, n1 = slot1.mdbNext, r1 = slot1.mdbRevocable, f1 = slot1.mdbFirstBadged;
  const p2 = slot2.mdbPrev, n2 = slot2.mdbNext, r2 = slot2.mdbRevocable, f2 = slot2.mdbFirstBadged;
  if (kmon !== null) {
    kmon.slotWrite(slot1, cap2);
    kmon.slotWrite(slot2, cap1);
  }
  slot1.cap = cap2;
  slot2.cap = cap1;
  slot1.mdbPrev = p2 === slot1 ? slot2 : p2;
  slot1.mdbNext = n2 === slot1 ? slot2 : n2;
  slot1.mdbRevocable = r2;
  slot1.mdbFirstBadged = f2;
  slot2.mdbPrev = p1 === slot2 ? slot1 : p1;
  slot2.mdbNext = n1 === slot2 ? slot1 : n1;
  slot2.mdbRevocable = r1;
  slot2.mdbFirstBadged = f1;
  if (slot1.mdbPrev !== null) slot1.mdbPrev.mdbNext = slot1;
  if (slot1.mdbNext !== null) slot1.mdbNext.mdbPrev = slot1;
  if (slot2.mdbPrev !== null) slot2.mdbPrev.mdbNext = slot2;
  if (slot2.mdbNext !== null) slot2.mdbNext.mdbPrev = slot2;
  ks.capsChanged++;
}

export function isFinalCapability(cte: Cte): boolean {
  if (cte.mdbPrev !== null && sameObjectAs(cte.mdbPrev.cap, cte.cap)) return false;
  if (cte.mdbNext !== null && sameObjectAs(cte.cap, cte.mdbNext.cap)) return false;
  return true;
}

/** Remove a cap from its slot and the derivation tree (seL4 emptySlot). */
export function emptySlot(ks: KernelState, slot: Cte, cleanup: Cap): void {
  if (slot.cap.tag === CapTag.Null) return;
  if (kmon !== null) kmon.slotWrite(slot, NULL_CAP);
  const prev = slot.mdbPrev, next = slot.mdbNext;
  if (prev !== null) prev.mdbNext = next;
  if (next !== null) {
    next.mdbPrev = prev;
    next.mdbFirstBadged = next.mdbFirstBadged || slot.mdbFirstBadged;
  }
  slot.cap = NULL_CAP;
  slot.mdbPrev = slot.mdbNext = null;
  slot.mdbRevocable = slot.mdbFirstBadged = false;
  ks.capsChanged++;
  postCapDeletion(ks, cleanup);
}

/**
 * Delete the cap in a slot (seL4 cteDelete). `exposed` deletions are the ones a user asked for; internal ones
 * (slots of an object being finalised) may leave a cyclic zombie behind instead of recursing, exactly as seL4.
 */
export function cteDelete(ks: KernelState, slot: Cte, exposed: boolean): Exception {
  const r = finaliseSlot(ks, slot, exposed);
  if (r.status !== Exception.None) return r.status;
  if (exposed || r.success) emptySlot(ks, slot, r.cleanup);
  return Exception.None;
}

interface FinaliseSlotResult {
  status: Exception;
  success: boolean;
  cleanup: Cap;
}

/** Finalise the object behind a slot's cap, one zombie reduction at a time, preemptibly (seL4 finaliseSlot). */
function finaliseSlot(ks: KernelState, slot: Cte, immediate: boolean): FinaliseSlotResult {
  while (slot.cap.tag !== CapTag.Null) {
    const final = isFinalCapability(slot);
    const fc = finaliseCap(ks, slot.cap, final, false);
    if (capRemovable(fc.remainder, slot)) {
      // A zombie that has cleared all its object's slots: the object itself is gone.
      if (fc.remainder.tag === CapTag.Zombie) ks.onObjectDeleted(fc.remainder.obj);
      return { status: Exception.None, success: true, cleanup: fc.cleanup };
    }
    if (kmon !== null) kmon.slotWrite(slot, fc.remainder);
    slot.cap = fc.remainder;
    if (!immediate && capCyclicZombie(fc.remainder, slot)) {
      return { status: Exception.None, success: false, cleanup: fc.cleanup };
    }
    const st = reduceZombie(ks, slot, immediate);
    if (st !== Exception.None) return { status: st, success: false, cleanup: NULL_CAP };
    const pst = preemptionPoint(ks);
    if (pst !== Exception.None) return { status: pst, success: false, cleanup: NULL_CAP };
  }
  return { status: Exception.None, success: true, cleanup: NULL_CAP };
}

function capRemovable(cap: Cap, slot: Cte): boolean {
  if (cap.tag === CapTag.Null) return true;
  if (cap.tag === CapTag.Zombie) return cap.number === 0 || (cap.number === 1 && zombieSlot(cap.obj, 0) === slot);
  return false;
}

function capCyclicZombie(cap: Cap, slot: Cte): boolean {
  return cap.tag === CapTag.Zombie && zombieSlot(cap.obj, 0) === slot;
}

/**
 * One step of finalising a CNode or TCB (seL4 reduceZombie): an immediate zombie deletes its object's last
 * slot (slot number-1) and counts down; otherwise the zombie is swapped into its own object's first slot, to be
 * finished later.
 */
function reduceZombie(ks: KernelState, slot: Cte, immediate: boolean): Exception {
  const z = slot.cap;
  if (z.tag !== CapTag.Zombie) return Exception.None;
  const obj = z.obj;
  if (immediate) {
    const n = z.number;
    const end = obj instanceof CNode ? obj.highestUsedBelow(n) : lastUsedTcbSlot(obj, n);
    const empty = n - 1 - end;
    if (empty > 0) {
      // seL4 spends one iteration of finaliseSlot's loop (deleting an already empty slot, then a preemption
      // point) on each of the empty slots number-1 down to end+1. They are skipped here in runs that stop
      // exactly at the iteration whose preemption point checks for interrupts, so that preemption happens where
      // seL4's would, with the same zombie number left behind; the caller's preemptionPoint is the last unit.
      const untilCheck = Math.max(1, MAX_NUM_WORK_UNITS_PER_PREEMPTION - ks.workUnitsCompleted);
      const k = Math.min(empty, untilCheck);
      const zk: Cap = { ...z, number: n - k };
      if (kmon !== null) kmon.slotWrite(slot, zk);
      slot.cap = zk;
      ks.workUnitsCompleted += k - 1;
      return Exception.None;
    }
    const endSlot = zombieSlot(obj, n - 1);
    const st = cteDelete(ks, endSlot, false);
    if (st !== Exception.None) return st;
    const now = slot.cap;
    if (now.tag === CapTag.Zombie && now.obj === obj && now.number === n) {
      const z1: Cap = { ...now, number: n - 1 };
      if (kmon !== null) kmon.slotWrite(slot, z1);
      slot.cap = z1;
    }
    return Exception.None;
  }
  capSwapForDelete(ks, zombieSlot(obj, 0), slot);
  return Exception.None;
}

function lastUsedTcbSlot(t: Tcb, n: number): number {
  for (let i = Math.min(n, t.slots.length) - 1; i >= 0; i--) if (t.slots[i].cap.tag !== CapTag.Null) return i;
  return -1;
}

function capSwapForDelete(ks: KernelState, slot1: Cte, slot2: Cte): void {
  if (slot1 === slot2) return;
  cteSwap(ks, slot1.cap, slot1, slot2.cap, slot2);
}

/** Delete a cap that can never need a zombie (reply, caller and similar caps; seL4 cteDeleteOne). */
export function cteDeleteOne(ks: KernelState, slot: Cte): void {
  if (slot.cap.tag === CapTag.Null) return;
  const final = isFinalCapability(slot);
  const r = finaliseCap(ks, slot.cap, final, true);
  emptySlot(ks, slot, r.cleanup);
}

/** Delete every cap derived from the one in `slot`, preemptibly (seL4 cteRevoke). */
export function cteRevoke(ks: KernelState, slot: Cte): Exception {
  let next = slot.mdbNext;
  while (next !== null && isMDBParentOf(slot, next)) {
    const st = cteDelete(ks, next, true);
    if (st !== Exception.None) return st;
    const pst = preemptionPoint(ks);
    if (pst !== Exception.None) return pst;
    next = slot.mdbNext;
  }
  return Exception.None;
}

export function ensureNoChildren(slot: Cte): boolean {
  return !(slot.mdbNext !== null && isMDBParentOf(slot, slot.mdbNext));
}

export function ensureEmptySlot(ks: KernelState, slot: Cte): Exception {
  if (slot.cap.tag !== CapTag.Null) {
    ks.syscallError.type = SeL4Error.DeleteFirst;
    return Exception.SyscallError;
  }
  return Exception.None;
}

/** Whether deleting this cap could take a long time (slotCapLongRunningDelete). */
export function slotCapLongRunningDelete(slot: Cte): boolean {
  const c = slot.cap;
  if (c.tag === CapTag.Null || !isFinalCapability(slot)) return false;
  return c.tag === CapTag.Thread || c.tag === CapTag.Zombie || c.tag === CapTag.CNode;
}

// ---- CNode invocations (manual §3.1, fact sheet §5.4) ----

export function decodeCNodeInvocation(ks: KernelState, a: DecodeArgs): Exception {
  const label = a.label;
  const cap = a.cap;
  if (cap.tag !== CapTag.CNode) return syscallErr(ks, SeL4Error.InvalidCapability);
  if (label < Label.CNodeRevoke || label > Label.CNodeSaveCaller) {
    userError(ks, 'decodeCNodeInvocation', 54, 'CNodeCap: Illegal Operation attempted.');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  if (a.length < 2) {
    userError(ks, 'decodeCNodeInvocation', 60, 'CNode operation: Truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  const index = a.arg(0);
  const w = a.arg(1);
  const dl = lookupSlotForCNodeOp(cap, index, w);
  if (!dl.ok) {
    userError(ks, 'decodeCNodeInvocation', 69, 'CNode operation: Target slot invalid.');
    return lookupErrorFrom(ks, dl, false);
  }
  const destSlot = dl.slot;

  if (label >= Label.CNodeCopy && label <= Label.CNodeMutate) {
    if (a.length < 4 || a.extraCaps[0] === null) {
      userError(ks, 'decodeCNodeInvocation', 84, 'CNode Copy/Mint/Move/Mutate: Truncated message.');
      return syscallErr(ks, SeL4Error.TruncatedMessage);
    }
    const srcIndex = a.arg(2);
    const srcDepth = a.arg(3);
    const srcRoot = a.extraCaps[0].cap;
    if (ensureEmptySlot(ks, destSlot) !== Exception.None) {
      userError(ks, 'decodeCNodeInvocation', 95, 'CNode Copy/Mint/Move/Mutate: Destination not empty.');
      return Exception.SyscallError;
    }
    const sl = lookupSlotForCNodeOp(srcRoot, srcIndex, srcDepth);
    if (!sl.ok) {
      userError(ks, 'decodeCNodeInvocation', 101, 'CNode Copy/Mint/Move/Mutate: Invalid source slot.');
      return lookupErrorFrom(ks, sl, true);
    }
    const srcSlot = sl.slot;
    if (srcSlot.cap.tag === CapTag.Null) {
      userError(ks, 'decodeCNodeInvocation', 107, 'CNode Copy/Mint/Move/Mutate: Source slot invalid or empty.');
      ks.syscallError.type = SeL4Error.FailedLookup;
      ks.syscallError.failedLookupWasSource = true;
      ks.syscallError.lookupFailure = { kind: 'missingCapability', bitsLeft: Number(srcDepth) };
      ks.currentLookupFault = ks.syscallError.lookupFailure;
      return Exception.SyscallError;
    }
    let newCap: Cap;
    let isMove = false;
    if (label === Label.CNodeCopy || label === Label.CNodeMint) {
      const isMint = label === Label.CNodeMint;
      if (a.length < (isMint ? 6 : 5)) {
        if (isMint) userError(ks, 'decodeCNodeInvocation', 138, 'CNode Mint: Truncated message.');
        else userError(ks, 'decodeCNodeInvocation', 119, 'Truncated message for CNode Copy operation.');
        return syscallErr(ks, SeL4Error.TruncatedMessage);
      }
      const rights = Number(a.arg(4) & 0xfn);
      const masked = maskCapRights(rights, srcSlot.cap, ks);
      // Mint applies the badge/guard before deriving, as seL4 does.
      const d = deriveCap(ks, srcSlot, isMint ? updateCapData(false, a.arg(5), masked) : masked);
      if (d.status !== Exception.None) {
        if (isMint) userError(ks, 'decodeCNodeInvocation', 149, 'Error deriving cap for CNode Mint operation.');
        else userError(ks, 'decodeCNodeInvocation', 128, 'Error deriving cap for CNode Copy operation.');
        return d.status;
      }
      newCap = d.cap;
    } else {
      isMove = true;
      if (label === Label.CNodeMutate) {
        if (a.length < 5) {
          userError(ks, 'decodeCNodeInvocation', 165, 'CNode Mutate: Truncated message.');
          return syscallErr(ks, SeL4Error.TruncatedMessage);
        }
        newCap = updateCapData(true, a.arg(4), srcSlot.cap);
      } else {
        newCap = srcSlot.cap;
      }
    }
    if (newCap.tag === CapTag.Null) {
      userError(ks, 'decodeCNodeInvocation', 182, 'CNode Copy/Mint/Move/Mutate: Mutated cap would be invalid.');
      return syscallErr(ks, SeL4Error.IllegalOperation);
    }
    setThreadState(ks, ks.curThread, ThreadState.Restart);
    if (isMove) cteMove(ks, newCap, srcSlot, destSlot);
    else cteInsert(ks, newCap, srcSlot, destSlot);
    return Exception.None;
  }

  if (label === Label.CNodeRevoke) {
    setThreadState(ks, ks.curThread, ThreadState.Restart);
    return cteRevoke(ks, destSlot);
  }
  if (label === Label.CNodeDelete) {
    setThreadState(ks, ks.curThread, ThreadState.Restart);
    return cteDelete(ks, destSlot, true);
  }
  if (label === Label.CNodeSaveCaller) {
    if (ensureEmptySlot(ks, destSlot) !== Exception.None) {
      userError(ks, 'decodeCNodeInvocation', 209, 'CNode SaveCaller: Destination slot not empty.');
      return Exception.SyscallError;
    }
    setThreadState(ks, ks.curThread, ThreadState.Restart);
    const srcSlot = ks.curThread.slots[TcbSlot.Caller];
    if (srcSlot.cap.tag === CapTag.Reply && !srcSlot.cap.master) cteMove(ks, srcSlot.cap, srcSlot, destSlot);
    else userError(ks, 'invokeCNodeSaveCaller', 374, 'CNode SaveCaller: Reply cap not present.');
    return Exception.None;
  }
  if (label === Label.CNodeCancelBadgedSends) {
    const c = destSlot.cap;
    if (c.tag !== CapTag.Endpoint || c.rights !== 0xf) {
      userError(ks, 'decodeCNodeInvocation', 224, 'CNode CancelBadgedSends: Target cap invalid.');
      return syscallErr(ks, SeL4Error.IllegalOperation);
    }
    setThreadState(ks, ks.curThread, ThreadState.Restart);
    if (c.badge !== 0n) cancelBadgedSends(ks, c.obj, c.badge);
    return Exception.None;
  }
  // Rotate
  if (a.length < 8 || a.extraCaps[0] === null || a.extraCaps[1] === null) {
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  const pivotNewData = a.arg(2);
  const pivotIndex = a.arg(3);
  const pivotDepth = a.arg(4);
  const srcNewData = a.arg(5);
  const srcIndex = a.arg(6);
  const srcDepth = a.arg(7);
  const pivotRoot = a.extraCaps[0].cap;
  const srcRoot = a.extraCaps[1].cap;
  const sl = lookupSlotForCNodeOp(srcRoot, srcIndex, srcDepth);
  if (!sl.ok) return lookupErrorFrom(ks, sl, true);
  const pl = lookupSlotForCNodeOp(pivotRoot, pivotIndex, pivotDepth);
  if (!pl.ok) return lookupErrorFrom(ks, pl, true);
  const srcSlot = sl.slot, pivotSlot = pl.slot;
  if (pivotSlot === srcSlot || pivotSlot === destSlot) {
    userError(ks, 'decodeCNodeInvocation', 266, 'CNode Rotate: Pivot slot the same as source or dest slot.');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  if (srcSlot !== destSlot && ensureEmptySlot(ks, destSlot) !== Exception.None) return Exception.SyscallError;
  const missing = (wasSource: boolean, depth: bigint): Exception => {
    ks.syscallError.type = SeL4Error.FailedLookup;
    ks.syscallError.failedLookupWasSource = wasSource;
    ks.syscallError.lookupFailure = { kind: 'missingCapability', bitsLeft: Number(depth) };
    ks.currentLookupFault = ks.syscallError.lookupFailure;
    return Exception.SyscallError;
  };
  if (srcSlot.cap.tag === CapTag.Null) return missing(true, srcDepth);
  if (pivotSlot.cap.tag === CapTag.Null) return missing(false, pivotDepth);
  const newSrcCap = updateCapData(true, srcNewData, srcSlot.cap);
  const newPivotCap = updateCapData(true, pivotNewData, pivotSlot.cap);
  if (newSrcCap.tag === CapTag.Null) {
    userError(ks, 'decodeCNodeInvocation', 296, 'CNode Rotate: Source cap invalid.');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  if (newPivotCap.tag === CapTag.Null) {
    userError(ks, 'decodeCNodeInvocation', 302, 'CNode Rotate: Pivot cap invalid.');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  if (srcSlot === destSlot) {
    cteSwap(ks, newSrcCap, srcSlot, newPivotCap, pivotSlot);
  } else {
    cteMove(ks, newPivotCap, pivotSlot, destSlot);
    cteMove(ks, newSrcCap, srcSlot, pivotSlot);
  }
  return Exception.None;
}


