// MCS scheduling contexts (seL4 src/object/schedcontext.c; manual §6.1.5 "Scheduling contexts").
import type { KernelState } from '../statedata.js';
import { CapTag, Notification, SchedContext, Tcb, ThreadState } from '../structures.js';
import { Exception, SeL4Error } from '../api/failures.js';
import { Label } from '../api/labels.js';
import { DecodeArgs, invalidCapability, syscallErr } from './decode.js';
import { userError } from '../printf.js';
import {
  isBlocked, isSchedulable, rescheduleRequired, schedContextResume, setThreadState, tcbReleaseRemove,
  tcbSchedDequeue, tcbSchedEnqueue,
} from '../thread.js';
import { refillReady, refillSufficient, refillUnblockCheck, scActive, scSporadic } from '../sporadic.js';
import { lookupIPCBuffer, setMessageInfo, setMR } from '../message.js';
import { ticksToUs } from '../../arch/riscv/machine/timer.js';

/** sc_released: active and its head refill usable now. */
function scReleased(ks: KernelState, sc: SchedContext): boolean {
  return scActive(sc) && refillReady(ks, sc);
}

export function decodeSchedContextInvocation(ks: KernelState, a: DecodeArgs): Exception {
  const cap = a.cap;
  if (cap.tag !== CapTag.SchedContext) return invalidCapability(ks, 0);
  const sc = cap.sc;
  switch (a.label) {
    case Label.SchedContextConsumed:
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      setConsumed(ks, sc, a.buffer, ks.curThread);
      return Exception.None;
    case Label.SchedContextBind:
      return decodeSchedContext_Bind(ks, a, sc);
    case Label.SchedContextUnbindObject:
      return decodeSchedContext_UnbindObject(ks, a, sc);
    case Label.SchedContextUnbind:
      if (sc.tcb === ks.curThread) {
        userError(ks, 'decodeSchedContextInvocation', 269, 'SchedContext UnbindObject: cannot unbind sc of current thread');
        return syscallErr(ks, SeL4Error.IllegalOperation);
      }
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      schedContextUnbindAllTCBs(ks, sc);
      schedContextUnbindNtfn(sc);
      if (sc.reply !== null) {
        sc.reply.next = null;
        sc.reply = null;
      }
      return Exception.None;
    case Label.SchedContextYieldTo:
      return decodeSchedContext_YieldTo(ks, a, sc);
    default:
      userError(ks, 'decodeSchedContextInvocation', 278, 'SchedContext invocation: Illegal operation attempted.');
      return syscallErr(ks, SeL4Error.IllegalOperation);
  }
}

function decodeSchedContext_Bind(ks: KernelState, a: DecodeArgs, sc: SchedContext): Exception {
  const fn = 'decodeSchedContext_Bind';
  const slot = a.extraCaps[0];
  if (slot === null) {
    userError(ks, fn, 90, 'SchedContext_Bind: Truncated Message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  const cap = slot.cap;
  if (cap.tag === CapTag.Thread) {
    if (sc.tcb !== null) {
      userError(ks, fn, 100, 'SchedContext_Bind: sched context already bound.');
      return syscallErr(ks, SeL4Error.IllegalOperation);
    }
    if (cap.tcb.schedContext !== null) {
      userError(ks, fn, 106, 'SchedContext_Bind: tcb already bound.');
      return syscallErr(ks, SeL4Error.IllegalOperation);
    }
    if (isBlocked(cap.tcb) && !scReleased(ks, sc)) {
      userError(ks, fn, 112, 'SchedContext_Bind: tcb blocked and scheduling context not schedulable.');
      return syscallErr(ks, SeL4Error.IllegalOperation);
    }
    setThreadState(ks, ks.curThread, ThreadState.Restart);
    schedContextBindTCB(ks, sc, cap.tcb);
    return Exception.None;
  }
  if (cap.tag === CapTag.Notification) {
    if (sc.notification !== null) {
      userError(ks, fn, 120, 'SchedContext_Bind: sched context already bound.');
      return syscallErr(ks, SeL4Error.IllegalOperation);
    }
    if (cap.obj.schedContext !== null) {
      userError(ks, fn, 126, 'SchedContext_Bind: notification already bound');
      return syscallErr(ks, SeL4Error.IllegalOperation);
    }
    setThreadState(ks, ks.curThread, ThreadState.Restart);
    schedContextBindNtfn(sc, cap.obj);
    return Exception.None;
  }
  userError(ks, fn, 132, 'SchedContext_Bind: invalid cap.');
  return invalidCapability(ks, 1);
}

function decodeSchedContext_UnbindObject(ks: KernelState, a: DecodeArgs, sc: SchedContext): Exception {
  const fn = 'decodeSchedContext_UnbindObject';
  const slot = a.extraCaps[0];
  if (slot === null) {
    userError(ks, fn, 32, 'SchedContext_Unbind: Truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  const cap = slot.cap;
  if (cap.tag === CapTag.Thread) {
    if (sc.tcb !== cap.tcb) {
      userError(ks, fn, 41, 'SchedContext UnbindObject: object not bound');
      return syscallErr(ks, SeL4Error.IllegalOperation);
    }
    if (sc.tcb === ks.curThread) {
      userError(ks, fn, 46, 'SchedContext UnbindObject: cannot unbind sc of current thread');
      return syscallErr(ks, SeL4Error.IllegalOperation);
    }
    setThreadState(ks, ks.curThread, ThreadState.Restart);
    schedContextUnbindTCB(ks, sc, sc.tcb!);
    return Exception.None;
  }
  if (cap.tag === CapTag.Notification) {
    if (sc.notification !== cap.obj) {
      userError(ks, fn, 53, 'SchedContext UnbindObject: object not bound');
      return syscallErr(ks, SeL4Error.IllegalOperation);
    }
    setThreadState(ks, ks.curThread, ThreadState.Restart);
    schedContextUnbindNtfn(sc);
    return Exception.None;
  }
  userError(ks, fn, 60, 'SchedContext_Unbind: invalid cap');
  return invalidCapability(ks, 1);
}

function decodeSchedContext_YieldTo(ks: KernelState, a: DecodeArgs, sc: SchedContext): Exception {
  const fn = 'decodeSchedContext_YieldTo';
  const cur = ks.curThread;
  if (sc.tcb === null) {
    userError(ks, fn, 219, 'SchedContext_YieldTo: cannot yield to an inactive sched context');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  if (sc.tcb === cur) {
    userError(ks, fn, 225, 'SchedContext_YieldTo: cannot seL4_SchedContext_YieldTo on self');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  if (sc.tcb.priority > cur.mcp) {
    userError(ks, fn, 231, 'SchedContext_YieldTo: insufficient mcp (%lu) to yield to a thread with prio (%lu)', cur.mcp, sc.tcb.priority);
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  if (cur.yieldTo !== null) {
    userError(ks, fn, 242, 'SchedContext_YieldTo: cannot seL4_SchedContext_YieldTo to more than on SC at a time');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  setThreadState(ks, cur, ThreadState.Restart);
  invokeSchedContext_YieldTo(ks, sc, a.buffer);
  return Exception.None;
}

function invokeSchedContext_YieldTo(ks: KernelState, sc: SchedContext, buffer: number): void {
  const cur = ks.curThread;
  if (sc.yieldFrom !== null) completeYieldTo(ks, sc.yieldFrom);
  // From here, if sc's thread is schedulable it is ready and sufficient.
  schedContextResume(ks, sc);
  let returnNow = true;
  const t = sc.tcb!;
  if (isSchedulable(ks, t)) {
    if (t.priority < cur.priority) {
      tcbSchedDequeue(ks, t);
      tcbSchedEnqueue(ks, t);
    } else {
      cur.yieldTo = sc;
      sc.yieldFrom = cur;
      tcbSchedDequeue(ks, t);
      tcbSchedEnqueue(ks, cur);
      tcbSchedEnqueue(ks, t);
      rescheduleRequired(ks);
      // The caller gets its reply when it runs again (completeYieldTo).
      returnNow = false;
    }
  }
  if (returnNow) setConsumed(ks, sc, buffer, cur);
}

/** schedContext_updateConsumed: the consumed time in µs, reset. */
export function schedContextUpdateConsumed(ks: KernelState, sc: SchedContext): bigint {
  const consumed = sc.consumed;
  sc.consumed = 0;
  return BigInt(ticksToUs(ks, consumed));
}

/** setConsumed: MR0 = consumed µs, message length 1 (mode_setTimeArg on a 64-bit kernel). */
function setConsumed(ks: KernelState, sc: SchedContext, buffer: number, t: Tcb): void {
  const consumed = schedContextUpdateConsumed(ks, sc);
  const length = setMR(ks, t, buffer, 0, consumed);
  setMessageInfo(t, 0, 0, 0, length);
}

export function cancelYieldTo(t: Tcb): void {
  if (t.yieldTo !== null) {
    t.yieldTo.yieldFrom = null;
    t.yieldTo = null;
  }
}

/** schedContext_completeYieldTo: the yielder gets the consumed time of the SC it yielded to. */
export function completeYieldTo(ks: KernelState, yielder: Tcb): void {
  if (yielder.yieldTo !== null) {
    setConsumed(ks, yielder.yieldTo, lookupIPCBuffer(true, yielder), yielder);
    cancelYieldTo(yielder);
  }
}

export function schedContextBindTCB(ks: KernelState, sc: SchedContext, tcb: Tcb): void {
  tcb.schedContext = sc;
  sc.tcb = tcb;
  if (scSporadic(sc) && sc !== ks.curSC) refillUnblockCheck(ks, sc);
  schedContextResume(ks, sc);
  if (isSchedulable(ks, tcb)) {
    tcbSchedEnqueue(ks, tcb);
    rescheduleRequired(ks);
  }
}

export function schedContextUnbindTCB(ks: KernelState, sc: SchedContext, tcb: Tcb): void {
  if (tcb === ks.curThread) rescheduleRequired(ks);
  tcbSchedDequeue(ks, tcb);
  tcbReleaseRemove(ks, tcb);
  tcb.schedContext = null;
  sc.tcb = null;
}

export function schedContextUnbindAllTCBs(ks: KernelState, sc: SchedContext): void {
  if (sc.tcb !== null) schedContextUnbindTCB(ks, sc, sc.tcb);
}

/** schedContext_donate: move sc to `to` (over Call, a bound notification, or a reply). */
export function schedContextDonate(ks: KernelState, sc: SchedContext, to: Tcb): void {
  const from = sc.tcb;
  if (from !== null) {
    tcbSchedDequeue(ks, from);
    tcbReleaseRemove(ks, from);
    from.schedContext = null;
    if (from === ks.curThread || from === ks.switchTarget) rescheduleRequired(ks);
  }
  sc.tcb = to;
  to.schedContext = sc;
}

export function schedContextBindNtfn(sc: SchedContext, ntfn: Notification): void {
  ntfn.schedContext = sc;
  sc.notification = ntfn;
}

export function schedContextUnbindNtfn(sc: SchedContext | null): void {
  if (sc !== null && sc.notification !== null) {
    sc.notification.schedContext = null;
    sc.notification = null;
  }
}

/** Final cap to an SC deleted (finaliseCap). */
export function schedContextFinalise(ks: KernelState, sc: SchedContext): void {
  schedContextUnbindAllTCBs(ks, sc);
  schedContextUnbindNtfn(sc);
  if (sc.reply !== null) {
    sc.reply.next = null;
    sc.reply = null;
  }
  if (sc.yieldFrom !== null) completeYieldTo(ks, sc.yieldFrom);
  sc.refillMax = 0;
}
