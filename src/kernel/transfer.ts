// Message and capability transfer between threads (seL4 src/kernel/thread.c: doIPCTransfer, doReplyTransfer,
// setupCallerCap; src/api/syscall.c lookupExtraCaps; manual §4.2 "Capability Transfer").
import type { KernelState } from './statedata.js';
import { CapTag, Cte, Endpoint, Tcb, TcbSlot, ThreadState } from './structures.js';
import { Exception } from './api/failures.js';
import {
  copyMRs, getMessageInfo, lookupIPCBuffer, readBufferWord, setBadgeRegister, setMessageInfo, writeBufferWord,
  IPCBUF_CAPS_OR_BADGES, IPCBUF_RECEIVE_CNODE, IPCBUF_RECEIVE_DEPTH, IPCBUF_RECEIVE_INDEX, MSG_MAX_EXTRA_CAPS,
} from './message.js';
import { lookupCapAndSlot, lookupSlotForCNodeOp } from './cspace.js';
import { cteDeleteOne, cteInsert } from './object/cnode.js';
import { deriveCap } from './object/objecttype.js';
import { isRunnable, possibleSwitchTo, postpone, setThreadState } from './thread.js';
import type { Reply } from './structures.js';
import { replyRemove } from './object/reply.js';
import { refillReady, refillSufficient, refillUnblockCheck, scSporadic } from './sporadic.js';
import { handleTimeout, validTimeoutHandler } from './faulthandler.js';
import { faultLabel, handleFaultReply, setMRsFault } from './api/faults.js';

/** Look up the extra caps named in the sender's IPC buffer (seL4 lookupExtraCaps). */
export function lookupExtraCaps(ks: KernelState, thread: Tcb, buf: number, extraCaps: number): Exception {
  const out = ks.currentExtraCaps;
  out[0] = out[1] = out[2] = null;
  if (buf < 0) return Exception.None;
  for (let i = 0; i < extraCaps; i++) {
    const cptr = readBufferWord(ks, buf, IPCBUF_CAPS_OR_BADGES + i);
    const lu = lookupCapAndSlot(thread, cptr);
    if (lu.failure !== null || lu.slot === null) {
      ks.currentFault = { kind: 'cap', address: cptr, inReceivePhase: false, lookupFailure: lu.failure! };
      ks.currentLookupFault = lu.failure!;
      return Exception.LookupFault;
    }
    out[i] = lu.slot;
  }
  return Exception.None;
}

function getReceiveSlot(ks: KernelState, receiver: Tcb, buf: number): Cte | null {
  const cptr = readBufferWord(ks, buf, IPCBUF_RECEIVE_CNODE);
  const lu = lookupCapAndSlot(receiver, cptr);
  if (lu.failure !== null) return null;
  const index = readBufferWord(ks, buf, IPCBUF_RECEIVE_INDEX);
  const depth = readBufferWord(ks, buf, IPCBUF_RECEIVE_DEPTH);
  const sl = lookupSlotForCNodeOp(lu.cap, index, depth);
  if (!sl.ok || sl.slot.cap.tag !== CapTag.Null) return null;
  return sl.slot;
}

export function doIPCTransfer(ks: KernelState, sender: Tcb, ep: Endpoint | null, badge: bigint, grant: boolean, receiver: Tcb): void {
  const recvBuf = lookupIPCBuffer(true, receiver);
  if (sender.fault.kind === 'none') {
    const sendBuf = lookupIPCBuffer(false, sender);
    doNormalTransfer(ks, sender, sendBuf, ep, badge, grant, receiver, recvBuf);
  } else {
    const n = setMRsFault(ks, sender, receiver, recvBuf);
    setMessageInfo(receiver, faultLabel(sender.fault, ks.config.mcs), 0, 0, n);
    setBadgeRegister(receiver, badge);
  }
}

function doNormalTransfer(
  ks: KernelState, sender: Tcb, sendBuf: number, ep: Endpoint | null, badge: bigint, canGrant: boolean,
  receiver: Tcb, recvBuf: number,
): void {
  const tag = getMessageInfo(sender);
  let caps: (Cte | null)[] = [null, null, null];
  if (canGrant) {
    const st = lookupExtraCaps(ks, sender, sendBuf, tag.extraCaps);
    caps = st === Exception.None ? ks.currentExtraCaps.slice() : [null, null, null];
  }
  const length = copyMRs(ks, sender, sendBuf, receiver, recvBuf, tag.length);
  // transferCaps
  let extraCaps = 0;
  let unwrapped = 0;
  if (caps[0] !== null && recvBuf >= 0) {
    let dest = getReceiveSlot(ks, receiver, recvBuf);
    for (let i = 0; i < MSG_MAX_EXTRA_CAPS && caps[i] !== null; i++) {
      const slot = caps[i]!;
      const cap = slot.cap;
      if (cap.tag === CapTag.Endpoint && cap.obj === ep) {
        writeBufferWord(ks, recvBuf, IPCBUF_CAPS_OR_BADGES + i, cap.badge);
        unwrapped |= 1 << i;
      } else {
        if (dest === null) break;
        const d = deriveCap(ks, slot, cap);
        if (d.status !== Exception.None || d.cap.tag === CapTag.Null) break;
        cteInsert(ks, d.cap, slot, dest);
        dest = null;
      }
      extraCaps = i + 1;
    }
  }
  setMessageInfo(receiver, tag.label, unwrapped, extraCaps, length);
  setBadgeRegister(receiver, badge);
}

/** Give the receiver a one-shot reply cap to the caller (seL4 setupCallerCap). */
export function setupCallerCap(ks: KernelState, sender: Tcb, receiver: Tcb, canGrant: boolean): void {
  setThreadState(ks, sender, ThreadState.BlockedOnReply);
  const replySlot = sender.slots[TcbSlot.Reply];
  const callerSlot = receiver.slots[TcbSlot.Caller];
  // A stale caller cap would be a kernel bug; seL4 asserts the slot is empty.
  if (callerSlot.cap.tag !== CapTag.Null) cteDeleteOne(ks, callerSlot);
  cteInsert(ks, sender.replyCaps[canGrant ? 1 : 0], replySlot, callerSlot);
}

export function deleteCallerCap(ks: KernelState, receiver: Tcb): void {
  cteDeleteOne(ks, receiver.slots[TcbSlot.Caller]);
}

/**
 * MCS doReplyTransfer: reply through a reply object. The caller gets its SC back from the call stack; if that
 * SC has no usable budget left, the caller waits for a refill or raises a timeout fault.
 */
export function doReplyTransferMCS(ks: KernelState, sender: Tcb, reply: Reply, grant: boolean): void {
  const receiver = reply.tcb;
  if (receiver === null || receiver.state !== ThreadState.BlockedOnReply) return;
  replyRemove(ks, reply, receiver);
  const rsc = receiver.schedContext;
  if (scSporadic(rsc) && rsc !== ks.curSC) refillUnblockCheck(ks, rsc);
  const faultKind = receiver.fault.kind;
  if (faultKind === 'none') {
    doIPCTransfer(ks, sender, null, 0n, grant, receiver);
    setThreadState(ks, receiver, ThreadState.Running);
  } else {
    const restart = handleFaultReply(ks, receiver, sender);
    receiver.fault = { kind: 'none' };
    setThreadState(ks, receiver, restart ? ThreadState.Restart : ThreadState.Inactive);
  }
  const sc = receiver.schedContext;
  if (sc !== null && isRunnable(receiver)) {
    if (refillReady(ks, sc) && refillSufficient(ks, sc, 0)) {
      possibleSwitchTo(ks, receiver);
    } else if (validTimeoutHandler(receiver) && faultKind !== 'timeout') {
      ks.currentFault = { kind: 'timeout', badge: sc.badge };
      handleTimeout(ks, receiver);
    } else {
      postpone(ks, sc);
    }
  }
}

/** Reply to a thread blocked on reply, delivering a message or completing its fault (seL4 doReplyTransfer). */
export function doReplyTransfer(ks: KernelState, sender: Tcb, receiver: Tcb, slot: Cte, grant: boolean): void {
  if (receiver.fault.kind === 'none') {
    doIPCTransfer(ks, sender, null, 0n, grant, receiver);
    cteDeleteOne(ks, slot);
    setThreadState(ks, receiver, ThreadState.Running);
    possibleSwitchTo(ks, receiver);
  } else {
    cteDeleteOne(ks, slot);
    const restart = handleFaultReply(ks, receiver, sender);
    receiver.fault = { kind: 'none' };
    if (restart) {
      setThreadState(ks, receiver, ThreadState.Restart);
      possibleSwitchTo(ks, receiver);
    } else {
      setThreadState(ks, receiver, ThreadState.Inactive);
    }
  }
}
