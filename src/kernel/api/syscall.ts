// System call entry (seL4 src/api/syscall.c; manual §2.2 "System Calls", fact sheet §1-§2).
import type { KernelState } from '../statedata.js';
import { Cap, CapTag, NULL_CAP, Tcb, TcbSlot, ThreadState, RIGHT_READ, CAP_NAMES, capTypeNumber } from '../structures.js';
import { Exception, SeL4Error } from './failures.js';
import { lookupCapAndSlot } from '../cspace.js';
import {
  getMessageInfo, getRegister, lookupIPCBuffer, setBadgeRegister, setMessageInfo, setMR, getSyscallArg, setRegister,
} from '../message.js';
import { N_MSG_REGISTERS, REG_CAP, REG_REPLY, REG_NBSENDRECV_DEST } from '../../arch/riscv/registers.js';
import { lookupExtraCaps, deleteCallerCap, doReplyTransfer } from '../transfer.js';
import { decodeInvocation } from '../object/objecttype.js';
import { receiveIPC } from '../object/endpoint.js';
import { receiveSignal } from '../object/notification.js';
import { handleFault } from '../faulthandler.js';
import {
  activateThread, chargeBudget, checkBudget, checkBudgetRestart, isSchedulable, rescheduleRequired, schedule,
  setThreadState, tcbSchedAppend, tcbSchedDequeue, updateTimestamp,
} from '../thread.js';
import { refillHeadAmount } from '../sporadic.js';
import { labelFromABI, LABEL_NAMES } from './labels.js';
import { lookupFailureWords, getFaultIP } from './faults.js';
import { kprint, kprintf, tcbPtr, userError } from '../printf.js';
import { DecodeArgs } from '../object/decode.js';
import { capDLSnapshot } from '../debug.js';
import { fastpathCall, fastpathReplyRecv } from '../fastpath.js';
import { TCB_NAME_LENGTH } from '../object/untyped.js';
import { getActiveIRQ, irqInvalid } from '../../arch/riscv/machine/hardware.js';
import { handleInterrupt } from '../object/interrupt.js';

/** Syscall numbers (non-MCS; identical in 13.0.0, 14.0.0 and 16.0.0 for everything handled here). */
export const enum Syscall {
  Call = -1,
  ReplyRecv = -2,
  Send = -3,
  NBSend = -4,
  Recv = -5,
  Reply = -6,
  Yield = -7,
  NBRecv = -8,
  DebugPutChar = -9,
  DebugDumpScheduler = -10,
  DebugHalt = -11,
  DebugCapIdentify = -12,
  DebugSnapshot = -13,
  DebugNameThread = -14,
}

/** MCS syscall numbers (fact sheet §1.2): no Reply; NBSendRecv, NBSendWait, Wait, NBWait added. */
export const enum McsSyscall {
  Call = -1,
  ReplyRecv = -2,
  NBSendRecv = -3,
  NBSendWait = -4,
  Send = -5,
  NBSend = -6,
  Recv = -7,
  NBRecv = -8,
  Wait = -9,
  NBWait = -10,
  Yield = -11,
  /** The debug syscalls follow, 3 lower than in non-MCS builds. */
  DebugPutChar = -12,
  DebugNameThread = -17,
}
const MCS_DEBUG_SHIFT = McsSyscall.DebugPutChar - Syscall.DebugPutChar;

/** Kernel entry for `ecall`: a7 holds the syscall number as a 64-bit value (lo, hi halves). */
export function handleSyscallEntry(ks: KernelState, lo: number, hi: number): void {
  if (ks.config.mcs) {
    if (hi === -1 && lo >= McsSyscall.Yield && lo <= McsSyscall.Call) handleSyscallMCS(ks, lo as McsSyscall);
    else if (hi === -1 && lo >= McsSyscall.DebugNameThread && lo <= McsSyscall.DebugPutChar) handleUnknownSyscall(ks, lo - MCS_DEBUG_SHIFT, hi, lo);
    else handleUnknownSyscall(ks, lo, hi, lo);
    schedule(ks);
    activateThread(ks);
    return;
  }
  if (hi === -1 && ks.fastpath) {
    if ((lo === Syscall.Call && fastpathCall(ks)) || (lo === Syscall.ReplyRecv && fastpathReplyRecv(ks))) {
      ks.fastpathHits++;
      return;
    }
  }
  if (hi === -1 && lo >= Syscall.NBRecv && lo <= Syscall.Call) handleSyscall(ks, lo as Syscall);
  else handleUnknownSyscall(ks, lo, hi, lo);
  schedule(ks);
  activateThread(ks);
}

function handleSyscall(ks: KernelState, s: Syscall): void {
  const cap = () => getRegister(ks.curThread, REG_CAP);
  switch (s) {
    case Syscall.Send:
      if (handleInvocation(ks, false, true, false, false, cap()) !== Exception.None) handlePreemptingIRQ(ks);
      break;
    case Syscall.NBSend:
      if (handleInvocation(ks, false, false, false, false, cap()) !== Exception.None) handlePreemptingIRQ(ks);
      break;
    case Syscall.Call:
      if (handleInvocation(ks, true, true, false, false, cap()) !== Exception.None) handlePreemptingIRQ(ks);
      break;
    case Syscall.Recv: handleRecv(ks, true, false); break;
    case Syscall.Reply: handleReply(ks); break;
    case Syscall.ReplyRecv: handleReply(ks); handleRecv(ks, true, false); break;
    case Syscall.NBRecv: handleRecv(ks, false, false); break;
    case Syscall.Yield: handleYield(ks); break;
  }
}

/** MCS handleSyscall: MCS_DO_IF_BUDGET around the syscall; a6 names the reply object, t0 NBSendRecv's target. */
function handleSyscallMCS(ks: KernelState, s: McsSyscall): void {
  updateTimestamp(ks);
  if (!checkBudgetRestart(ks)) return;
  const t = ks.curThread;
  switch (s) {
    case McsSyscall.Send:
      if (handleInvocation(ks, false, true, false, false, getRegister(t, REG_CAP)) !== Exception.None) preemptedMCS(ks);
      break;
    case McsSyscall.NBSend:
      if (handleInvocation(ks, false, false, false, false, getRegister(t, REG_CAP)) !== Exception.None) preemptedMCS(ks);
      break;
    case McsSyscall.Call:
      if (handleInvocation(ks, true, true, true, false, getRegister(t, REG_CAP)) !== Exception.None) preemptedMCS(ks);
      break;
    case McsSyscall.Recv: handleRecv(ks, true, true); break;
    case McsSyscall.Wait: handleRecv(ks, true, false); break;
    case McsSyscall.NBWait: handleRecv(ks, false, false); break;
    case McsSyscall.NBRecv: handleRecv(ks, false, true); break;
    case McsSyscall.ReplyRecv:
      // The reply cannot fail and is not preemptible.
      handleInvocation(ks, false, false, true, true, getRegister(t, REG_REPLY));
      handleRecv(ks, true, true);
      break;
    case McsSyscall.NBSendRecv:
      if (handleInvocation(ks, false, false, true, true, getRegister(t, REG_NBSENDRECV_DEST)) !== Exception.None) {
        preemptedMCS(ks);
        break;
      }
      handleRecv(ks, true, true);
      break;
    case McsSyscall.NBSendWait:
      if (handleInvocation(ks, false, false, true, true, getRegister(t, REG_REPLY)) !== Exception.None) {
        preemptedMCS(ks);
        break;
      }
      handleRecv(ks, true, false);
      break;
    case McsSyscall.Yield: {
      // Yield the rest of the head refill; only the time actually used is recorded as consumed.
      const sc = ks.curSC!;
      const consumed = sc.consumed + ks.consumed;
      chargeBudget(ks, refillHeadAmount(sc), false);
      sc.consumed = consumed;
      break;
    }
  }
}

/** mcsPreemptionPoint then the pending interrupt, after a preempted invocation. */
function preemptedMCS(ks: KernelState): void {
  if (isSchedulable(ks, ks.curThread)) checkBudget(ks);
  else if (ks.curSC !== null && ks.curSC.refillMax > 0) chargeBudget(ks, ks.consumed, false);
  else ks.consumed = 0;
  handlePreemptingIRQ(ks);
}

/**
 * A preempted invocation leaves its thread in Restart; seL4 handleSyscall takes the pending interrupt within the
 * same kernel entry (`irq = getActiveIRQ(); if (irq != irqInvalid) handleInterrupt(irq);`) before schedule(), so
 * e.g. a timer tick sees the thread still in Restart and does not charge its time slice.
 */
function handlePreemptingIRQ(ks: KernelState): void {
  const irq = getActiveIRQ(ks);
  if (irq !== irqInvalid) handleInterrupt(ks, irq);
}

/** seL4 handleInvocation: returns Exception.Preempted if a preemption point fired, else Exception.None. */
function handleInvocation(
  ks: KernelState, isCall: boolean, isBlocking: boolean, canDonate: boolean, firstPhase: boolean, cptr: bigint,
): Exception {
  const thread = ks.curThread;
  const info = getMessageInfo(thread);
  const lu = lookupCapAndSlot(thread, cptr);
  if (lu.failure !== null || lu.slot === null) {
    userError(ks, 'handleInvocation', 323, 'Invocation of invalid cap #%lu.', cptr);
    ks.currentFault = { kind: 'cap', address: cptr, inReceivePhase: false, lookupFailure: lu.failure! };
    if (isBlocking) handleFault(ks, thread);
    return Exception.None;
  }
  const buffer = lookupIPCBuffer(false, thread);
  if (lookupExtraCaps(ks, thread, buffer, info.extraCaps) !== Exception.None) {
    userError(ks, 'handleInvocation', 338, 'Lookup of extra caps failed.');
    if (isBlocking) handleFault(ks, thread);
    return Exception.None;
  }
  let length = info.length;
  if (length > N_MSG_REGISTERS && buffer < 0) {
    userError(ks, 'handleInvocation', 352, 'Warning: No IPC buffer for thread. Truncating message length to: %d.', N_MSG_REGISTERS);
    length = N_MSG_REGISTERS;
  }
  const args: DecodeArgs = {
    label: labelFromABI(ks.config.abi, info.label, ks.config.mcs),
    length,
    cptr,
    slot: lu.slot,
    cap: lu.cap,
    extraCaps: ks.currentExtraCaps,
    isBlocking,
    isCall,
    canDonate,
    firstPhase,
    buffer,
    arg: (i: number) => (i < length ? getSyscallArg(ks, thread, i, buffer) : 0n),
  };
  // current_syscall_error is never cleared: a path that fails without setting it (MCS
  // decodeSetTimeoutEndpoint without a cap) reports the previous error, as seL4 does.
  const status = decodeInvocation(ks, args);
  if (status === Exception.Preempted) return status;
  if (status === Exception.SyscallError) {
    if (isCall) replyFromKernelError(ks, thread);
    return Exception.None;
  }
  if (thread.state === ThreadState.Restart) {
    if (isCall) replyFromKernelSuccessEmpty(thread);
    setThreadState(ks, thread, ThreadState.Running);
  }
  return Exception.None;
}

export function replyFromKernelSuccessEmpty(t: Tcb): void {
  setBadgeRegister(t, 0n);
  setMessageInfo(t, 0, 0, 0, 0);
}

/** Error reply with the MRs of fact sheet §7 (seL4 replyFromKernel_error / setMRs_syscall_error). */
function replyFromKernelError(ks: KernelState, t: Tcb): void {
  const buf = lookupIPCBuffer(true, t);
  const e = ks.syscallError;
  setBadgeRegister(t, 0n);
  let n = 0;
  switch (e.type) {
    case SeL4Error.InvalidArgument: n = setMR(ks, t, buf, 0, BigInt(e.invalidArgumentNumber)); break;
    case SeL4Error.InvalidCapability: n = setMR(ks, t, buf, 0, BigInt(e.invalidCapNumber)); break;
    case SeL4Error.RangeError:
      setMR(ks, t, buf, 0, e.rangeErrorMin);
      n = setMR(ks, t, buf, 1, e.rangeErrorMax);
      break;
    case SeL4Error.FailedLookup: {
      n = setMR(ks, t, buf, 0, e.failedLookupWasSource ? 1n : 0n);
      for (const w of lookupFailureWords(e.lookupFailure)) n = setMR(ks, t, buf, n, w);
      break;
    }
    case SeL4Error.NotEnoughMemory: n = setMR(ks, t, buf, 0, e.memoryLeft); break;
    default: n = 0;
  }
  setMessageInfo(t, e.type, 0, 0, n);
}

/** MCS lookupReply: a6 must name a reply object cap, else a cap fault in the receive phase. */
function lookupReply(ks: KernelState): Cap | null {
  const thread = ks.curThread;
  const replyCPtr = getRegister(thread, REG_REPLY);
  const lu = lookupCapAndSlot(thread, replyCPtr);
  if (lu.failure !== null) {
    // Lines estimated from handleInvocation's 16.0.0 end (352) and older sources; not checked against an MCS image.
    userError(ks, 'lookupReply', 394, 'Reply cap lookup failed');
    ks.currentFault = { kind: 'cap', address: replyCPtr, inReceivePhase: true, lookupFailure: lu.failure };
    handleFault(ks, thread);
    return null;
  }
  if (lu.cap.tag !== CapTag.ReplyObject) {
    userError(ks, 'lookupReply', 401, 'Cap in reply slot is not a reply');
    ks.currentFault = { kind: 'cap', address: replyCPtr, inReceivePhase: true, lookupFailure: ks.currentLookupFault };
    handleFault(ks, thread);
    return null;
  }
  return lu.cap;
}

function handleRecv(ks: KernelState, isBlocking: boolean, canReply: boolean): void {
  const thread = ks.curThread;
  const epCPtr = getRegister(thread, REG_CAP);
  const lu = lookupCapAndSlot(thread, epCPtr);
  if (lu.failure !== null) {
    ks.currentFault = { kind: 'cap', address: epCPtr, inReceivePhase: true, lookupFailure: lu.failure };
    handleFault(ks, thread);
    return;
  }
  const cap = lu.cap;
  const missing = () => {
    ks.currentFault = { kind: 'cap', address: epCPtr, inReceivePhase: true, lookupFailure: { kind: 'missingCapability', bitsLeft: 0 } };
    handleFault(ks, thread);
  };
  if (cap.tag === CapTag.Endpoint) {
    if (!(cap.rights & RIGHT_READ)) return missing();
    if (ks.config.mcs) {
      let replyCap: Cap = NULL_CAP;
      if (canReply) {
        const r = lookupReply(ks);
        if (r === null) return;
        replyCap = r;
      }
      receiveIPC(ks, thread, cap, isBlocking, replyCap);
      return;
    }
    deleteCallerCap(ks, thread);
    receiveIPC(ks, thread, cap, isBlocking);
  } else if (cap.tag === CapTag.Notification) {
    const bound = cap.obj.boundTCB;
    if (!(cap.rights & RIGHT_READ) || (bound !== null && bound !== thread)) return missing();
    receiveSignal(ks, thread, cap, isBlocking);
  } else {
    missing();
  }
}

function handleReply(ks: KernelState): void {
  const thread = ks.curThread;
  const callerSlot = thread.slots[TcbSlot.Caller];
  const c = callerSlot.cap;
  if (c.tag === CapTag.Reply && !c.master) doReplyTransfer(ks, thread, c.tcb, callerSlot, c.canGrant);
}

function handleYield(ks: KernelState): void {
  tcbSchedDequeue(ks, ks.curThread);
  tcbSchedAppend(ks, ks.curThread);
  rescheduleRequired(ks);
}

/** Debug syscalls of a printing/debug build, else an UnknownSyscall fault (seL4 handleUnknownSyscall). */
function handleUnknownSyscall(ks: KernelState, lo: number, hi: number, rawLo: number): void {
  const t = ks.curThread;
  if (hi === -1) {
    switch (lo) {
      case Syscall.DebugPutChar:
        ks.putchar(t.regs.xlo[REG_CAP] & 0xff);
        return;
      case Syscall.DebugDumpScheduler:
        debugDumpScheduler(ks);
        return;
      case Syscall.DebugHalt:
        kprintf(ks, 'Debug halt syscall from user thread %p "%s"\n', tcbPtr(t), t.name);
        ks.halted = true;
        ks.haltReason = 'DebugHalt';
        return;
      case Syscall.DebugCapIdentify: {
        const lu = lookupCapAndSlot(t, getRegister(t, REG_CAP));
        setRegister(t, REG_CAP, BigInt(lu.failure === null ? capTypeNumber(lu.cap) : 0));
        return;
      }
      case Syscall.DebugSnapshot:
        // seL4 handleUnknownSyscall prints this line before debug_capDL().
        kprintf(ks, 'Debug snapshot syscall from user thread %p "%s"\n', tcbPtr(t), t.name);
        kprint(ks, capDLSnapshot(ks));
        if (ks.onDebugSnapshot !== null) ks.onDebugSnapshot();
        return;
      case Syscall.DebugNameThread: {
        const lu = lookupCapAndSlot(t, getRegister(t, REG_CAP));
        if (lu.failure !== null || lu.cap.tag !== CapTag.Thread) {
          userError(ks, 'handleUnknownSyscall', 142, 'SysDebugNameThread: cap is not a TCB, halting');
          haltKernel(ks, 'DebugNameThread on a non-TCB cap');
          return;
        }
        const buf = lookupIPCBuffer(true, t);
        if (buf < 0) {
          // Line from the sources: the 16.0.0 build drops this check (`lookupIPCBuffer() + 1` is never NULL to the
          // compiler) and reads the name at address 8 instead; sel4ts reports and halts as the source says.
          userError(ks, 'handleUnknownSyscall', 148, 'SysDebugNameThread: Failed to lookup IPC buffer, halting');
          haltKernel(ks, 'DebugNameThread without an IPC buffer');
          return;
        }
        const max = 120 * 8; // strnlen over seL4_MsgMaxLength words
        let name = '';
        let terminated = false;
        for (let i = 0; i < max; i++) {
          const c = ks.mem.read8(buf + 8 + i);
          if (c === 0) { terminated = true; break; }
          name += String.fromCharCode(c);
        }
        if (!terminated) {
          userError(ks, 'handleUnknownSyscall', 154, 'SysDebugNameThread: Name too long, halting');
          haltKernel(ks, 'DebugNameThread with an unterminated name');
          return;
        }
        // setThreadName keeps at most TCB_NAME_LENGTH - 1 characters.
        lu.cap.tcb.name = name.slice(0, TCB_NAME_LENGTH - 1);
        return;
      }
    }
  }
  const syscall = BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(rawLo >>> 0));
  if (ks.config.mcs) {
    updateTimestamp(ks);
    if (!checkBudgetRestart(ks)) return;
  }
  ks.currentFault = { kind: 'unknownSyscall', syscall };
  handleFault(ks, t);
}

function haltKernel(ks: KernelState, why: string): void {
  ks.halted = true;
  ks.haltReason = why;
}

/** The state names debug_printTCB prints, by ThreadState. */
const DUMP_STATE_NAMES = [
  'inactive', 'running', 'restart', 'blocked on recv', 'blocked on send', 'blocked on reply', 'blocked on ntfn', 'idle',
];

/** DebugDumpScheduler: one line per thread (seL4 debug_dumpScheduler / debug_printTCB; MCS adds InReleaseQueue). */
export function debugDumpScheduler(ks: KernelState): void {
  const mcs = ks.config.mcs;
  kprintf(ks, 'Dumping all tcbs!\n');
  kprintf(ks, 'Name                                    \tState          \tIP                  \t Prio \t Core%s\n',
    mcs ? '\t InReleaseQueue' : '');
  kprintf(ks, '--------------------------------------------------------------------------------------\n');
  // ksDebugTCBs: tcbDebugAppend prepends, so newest first, ending with the idle thread and the rootserver
  // (init_core_state adds the rootserver, then the idle thread). ks.threads is in insertion order.
  for (const t of [...ks.threads].reverse()) {
    kprintf(ks, '%40s\t', t.name);
    kprintf(ks, '%15s\t%p\t%20lu\t%lu', DUMP_STATE_NAMES[t.state], getFaultIP(t), t.priority, 0);
    if (mcs) kprintf(ks, '\t%lu', t.inReleaseQueue ? 1 : 0);
    kprintf(ks, '\n');
  }
}

export { CAP_NAMES, LABEL_NAMES };
