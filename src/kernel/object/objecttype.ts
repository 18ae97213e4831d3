// Per-cap-type dispatch: invocation decoding, derivation and finalisation (seL4 src/object/objecttype.c).
import type { KernelState } from '../statedata.js';
import { Cap, CapTag, Cte, NULL_CAP, ThreadState, isArchCap, RIGHT_WRITE, RIGHT_GRANT, RIGHT_GRANT_REPLY } from '../structures.js';
import { Exception, SeL4Error } from '../api/failures.js';
import { userError } from '../printf.js';
import { setThreadState } from '../thread.js';
import { DecodeArgs, invalidCapability, syscallErr } from './decode.js';
import { cancelAllIPC, cancelIPC, sendIPC } from './endpoint.js';
import { doReplyTransferMCS } from '../transfer.js';
import { replyRemove } from './reply.js';
import {
  completeYieldTo, decodeSchedContextInvocation, schedContextFinalise, schedContextUnbindNtfn, schedContextUnbindTCB,
} from './schedcontext.js';
import { decodeSchedControlInvocation } from './schedcontrol.js';
import { cancelAllSignals, sendSignal, unbindMaybeNotification, unbindNotification } from './notification.js';
import { decodeCNodeInvocation, ensureNoChildren } from './cnode.js';
import { doReplyTransfer } from '../transfer.js';
import { decodeTCBInvocation, suspend } from './tcb.js';
import { decodeUntypedInvocation } from './untyped.js';
import { decodeIRQControlInvocation, decodeIRQHandlerInvocation, deletingIRQHandler, deletedIRQHandler } from './interrupt.js';
import { decodeDomainInvocation } from './domain.js';
import { archDecodeInvocation, archFinaliseCap } from '../../arch/riscv/object/objecttype.js';

export function decodeInvocation(ks: KernelState, a: DecodeArgs): Exception {
  const cap = a.cap;
  if (isArchCap(cap)) return archDecodeInvocation(ks, a);
  switch (cap.tag) {
    case CapTag.Null:
      userError(ks, 'decodeInvocation', 643, 'Attempted to invoke a null cap #%lu.', a.cptr);
      return invalidCapability(ks, 0);
    case CapTag.Zombie:
      userError(ks, 'decodeInvocation', 649, 'Attempted to invoke a zombie cap #%lu.', a.cptr);
      return invalidCapability(ks, 0);
    case CapTag.Endpoint:
      if (!(cap.rights & RIGHT_WRITE)) {
        userError(ks, 'decodeInvocation', 656, 'Attempted to invoke a read-only endpoint cap #%lu.', a.cptr);
        return invalidCapability(ks, 0);
      }
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      sendIPC(ks, a.isBlocking, a.isCall, cap.badge, (cap.rights & RIGHT_GRANT) !== 0,
        (cap.rights & RIGHT_GRANT_REPLY) !== 0, ks.curThread, cap.obj, a.canDonate);
      return Exception.None;
    case CapTag.ReplyObject:
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      doReplyTransferMCS(ks, ks.curThread, cap.reply, cap.canGrant);
      return Exception.None;
    case CapTag.Notification:
      if (!(cap.rights & RIGHT_WRITE)) {
        userError(ks, 'decodeInvocation', 680, 'Attempted to invoke a read-only notification cap #%lu.', a.cptr);
        return invalidCapability(ks, 0);
      }
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      sendSignal(ks, cap.obj, cap.badge);
      return Exception.None;
    case CapTag.Reply:
      if (cap.master) {
        userError(ks, 'decodeInvocation', 703, 'Attempted to invoke an invalid reply cap #%lu.', a.cptr);
        return invalidCapability(ks, 0);
      }
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      doReplyTransfer(ks, ks.curThread, cap.tcb, a.slot, cap.canGrant);
      return Exception.None;
    case CapTag.Thread:
      if (a.firstPhase) return firstPhaseError(ks, 'thread');
      return decodeTCBInvocation(ks, a);
    case CapTag.Domain:
      if (a.firstPhase) return firstPhaseError(ks, 'domain');
      return decodeDomainInvocation(ks, a);
    case CapTag.CNode:
      if (a.firstPhase) return firstPhaseError(ks, 'cnode');
      return decodeCNodeInvocation(ks, a);
    case CapTag.SchedControl:
      if (a.firstPhase) return firstPhaseError(ks, 'sched control');
      return decodeSchedControlInvocation(ks, a);
    case CapTag.SchedContext:
      if (a.firstPhase) return firstPhaseError(ks, 'sched context');
      return decodeSchedContextInvocation(ks, a);
    case CapTag.Untyped:
      return decodeUntypedInvocation(ks, a);
    case CapTag.IRQControl:
      return decodeIRQControlInvocation(ks, a);
    case CapTag.IRQHandler:
      return decodeIRQHandlerInvocation(ks, a);
    default:
      return syscallErr(ks, SeL4Error.IllegalOperation);
  }
}

// Lines of these userErrors in seL4's decodeInvocation, counted on from the 16.0.0 reply-cap one (703) in recent
// sources (the MCS image was not available to check them).
const FIRST_PHASE_LINES = { thread: 720, domain: 731, cnode: 742, 'sched control': 763, 'sched context': 772 } as const;

/** MCS: the send phase of ReplyRecv, NBSendRecv and NBSendWait cannot invoke these caps. */
function firstPhaseError(ks: KernelState, what: keyof typeof FIRST_PHASE_LINES): Exception {
  userError(ks, 'decodeInvocation', FIRST_PHASE_LINES[what], 'Cannot invoke %s capabilities in the first phase of an invocation', what);
  return invalidCapability(ks, 0);
}

export interface DeriveResult {
  status: Exception;
  cap: Cap;
}

/** Capability derivation rules (seL4 deriveCap; manual §3.1.4). */
export function deriveCap(ks: KernelState, slot: Cte, cap: Cap): DeriveResult {
  switch (cap.tag) {
    case CapTag.PageTable:
      if (cap.isMapped) return { status: Exception.None, cap };
      userError(ks, 'Arch_deriveCap', 27, 'Deriving an unmapped PT cap');
      ks.syscallError.type = SeL4Error.IllegalOperation;
      return { status: Exception.SyscallError, cap: NULL_CAP };
    case CapTag.Frame:
      return { status: Exception.None, cap: { ...cap, mappedASID: 0, mappedAddress: 0 } };
    case CapTag.Zombie:
    case CapTag.IRQControl:
    case CapTag.Reply:
      return { status: Exception.None, cap: NULL_CAP };
    case CapTag.Untyped:
      if (!ensureNoChildren(slot)) {
        ks.syscallError.type = SeL4Error.RevokeFirst;
        return { status: Exception.SyscallError, cap: NULL_CAP };
      }
      return { status: Exception.None, cap };
    default:
      return { status: Exception.None, cap };
  }
}

export interface FinaliseResult {
  /** What stays in the slot while finalising (a zombie for CNodes and TCBs), else the null cap. */
  remainder: Cap;
  /** Passed to postCapDeletion after the slot is emptied. */
  cleanup: Cap;
}

/** Release what an object holds when its last cap goes (seL4 finaliseCap). */
export function finaliseCap(ks: KernelState, cap: Cap, final: boolean, _exposed: boolean): FinaliseResult {
  if (isArchCap(cap)) {
    archFinaliseCap(ks, cap, final);
    return { remainder: NULL_CAP, cleanup: NULL_CAP };
  }
  switch (cap.tag) {
    case CapTag.Endpoint:
      if (final) {
        cancelAllIPC(ks, cap.obj);
        ks.onObjectDeleted(cap.obj);
      }
      break;
    case CapTag.Notification:
      if (final) {
        schedContextUnbindNtfn(cap.obj.schedContext);
        unbindMaybeNotification(cap.obj);
        cancelAllSignals(ks, cap.obj);
        ks.onObjectDeleted(cap.obj);
      }
      break;
    case CapTag.CNode:
      if (final) return { remainder: { tag: CapTag.Zombie, obj: cap.obj, number: cap.obj.numSlots }, cleanup: NULL_CAP };
      break;
    case CapTag.ReplyObject:
      if (final) {
        const reply = cap.reply;
        const t = reply.tcb;
        if (t !== null) {
          if (t.state === ThreadState.BlockedOnReply) replyRemove(ks, reply, t);
          else cancelIPC(ks, t);
        }
        ks.onObjectDeleted(reply);
      }
      break;
    case CapTag.SchedContext:
      if (final) {
        schedContextFinalise(ks, cap.sc);
        ks.onObjectDeleted(cap.sc);
      }
      break;
    case CapTag.Thread:
      if (final) {
        unbindNotification(cap.tcb);
        const sc = cap.tcb.schedContext;
        if (sc !== null) {
          schedContextUnbindTCB(ks, sc, cap.tcb);
          if (sc.yieldFrom !== null) completeYieldTo(ks, sc.yieldFrom);
        }
        suspend(ks, cap.tcb);
        // tcbDebugRemove (debug build): the thread leaves the DebugDumpScheduler list now, even if the zombie
        // that replaces its cap lingers (preempted deletion, or a cyclic zombie until its untyped is revoked).
        ks.threads.delete(cap.tcb);
        return { remainder: { tag: CapTag.Zombie, obj: cap.tcb, number: 5 }, cleanup: NULL_CAP };
      }
      break;
    case CapTag.IRQHandler:
      if (final) {
        deletingIRQHandler(ks, cap.irq);
        return { remainder: NULL_CAP, cleanup: cap };
      }
      break;
    case CapTag.Zombie:
      // A zombie finalises into itself; reduceZombie makes progress.
      return { remainder: cap, cleanup: NULL_CAP };
    default:
      break;
  }
  return { remainder: NULL_CAP, cleanup: NULL_CAP };
}

/** After a slot is emptied (seL4 postCapDeletion): release an IRQ whose last handler cap went. */
export function postCapDeletion(ks: KernelState, cleanup: Cap): void {
  if (cleanup.tag === CapTag.IRQHandler) deletedIRQHandler(ks, cleanup.irq);
}
