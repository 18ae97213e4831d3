// System call entry (seL4 src/api/syscall.c; manual §2.2 "System Calls", fact sheet §1-§2).
import type { KernelState } from '../statedata.js';
import { CapTag, Tcb, TcbSlot, ThreadState, RIGHT_READ, CAP_NAMES, THREAD_STATE_NAMES } from '../structures.js';
import { Exception, SeL4Error } from './failures.js';
import { lookupCapAndSlot } from '../cspace.js';
import {
  getMessageInfo, getRegister, lookupIPCBuffer, setBadgeRegister, setMessageInfo, setMR, getSyscallArg, setRegister,
} from '../message.js';
import { N_MSG_REGISTERS, REG_CAP } from '../../arch/riscv/registers.js';
import { lookupExtraCaps, deleteCallerCap, doReplyTransfer } from '../transfer.js';
import { decodeInvocation } from '../object/objecttype.js';
import { receiveIPC } from '../object/endpoint.js';
import { receiveSignal } from '../object/notification.js';
import { handleFault } from '../faulthandler.js';
import { activateThread, rescheduleRequired, schedule, setThreadState, tcbSchedAppend, tcbSchedDequeue } from '../thread.js';
import { labelFromABI, LABEL_NAMES } from './labels.js';
import { lookupFailureWords, getFaultIP } from './faults.js';
import { hex, kprint, tcbPtr, userError } from '../printf.js';
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

/** Kernel entry for `ecall`: a7 holds the syscall number as a 64-bit value (lo, hi halves). */
export function handleSyscallEntry(ks: KernelState, lo: number, hi: number): void {
  if (hi === -1 && ks.fastpath) {
    if ((lo === Syscall.Call && fastpathCall(ks)) || (lo === Syscall.ReplyRecv && fastpathReplyRecv(ks))) {
      ks.fastpathHits++;
      return;
    }
  }
  if (hi === -1 && lo >= Syscall.NBRecv && lo <= Syscall.Call) handleSyscall(ks, lo as Syscall);
  else handleUnknownSyscall(ks, lo, hi);
  schedule(ks);
  activateThread(ks);
}

function handleSyscall(ks: KernelState, s: Syscall): void {
  switch (s) {
    case Syscall.Send:
      if (handleInvocation(ks, false, true) !== Exception.None) handlePreemptingIRQ(ks);
      break;
    case Syscall.NBSend:
      if (handleInvocation(ks, false, false) !== Exception.None) handlePreemptingIRQ(ks);
      break;
    case Syscall.Call:
      if (handleInvocation(ks, true, true) !== Exception.None) handlePreemptingIRQ(ks);
      break;
    case Syscall.Recv: handleRecv(ks, true); break;
    case Syscall.Reply: handleReply(ks); break;
    case Syscall.ReplyRecv: handleReply(ks); handleRecv(ks, true); break;
    case Syscall.NBRecv: handleRecv(ks, false); break;
    case Syscall.Yield: handleYield(ks); break;
  }
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
function handleInvocation(ks: KernelState, isCall: boolean, isBlocking: boolean): Exception {
  const thread = ks.curThread;
  const info = getMessageInfo(thread);
  const cptr = getRegister(thread, REG_CAP);
  const lu = lookupCapAndSlot(thread, cptr);
  if (lu.failure !== null || lu.slot === null) {
    userError(ks, 'handleInvocation', `Invocation of invalid cap #${cptr}.`);
    ks.currentFault = { kind: 'cap', address: cptr, inReceivePhase: false, lookupFailure: lu.failure! };
    if (isBlocking) handleFault(ks, thread);
    return Exception.None;
  }
  const buffer = lookupIPCBuffer(false, thread);
  if (lookupExtraCaps(ks, thread, buffer, info.extraCaps) !== Exception.None) {
    userError(ks, 'handleInvocation', 'Lookup of extra caps failed.');
    if (isBlocking) handleFault(ks, thread);
    return Exception.None;
  }
  let length = info.length;
  if (length > N_MSG_REGISTERS && buffer < 0) length = N_MSG_REGISTERS;
  const args: DecodeArgs = {
    label: labelFromABI(ks.config.abi, info.label),
    length,
    cptr,
    slot: lu.slot,
    cap: lu.cap,
    extraCaps: ks.currentExtraCaps,
    isBlocking,
    isCall,
    buffer,
    arg: (i: number) => (i < length ? getSyscallArg(ks, thread, i, buffer) : 0n),
  };
  ks.syscallError.type = SeL4Error.NoError;
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

function handleRecv(ks: KernelState, isBlocking: boolean): void {
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
function handleUnknownSyscall(ks: KernelState, lo: number, hi: number): void {
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
        kprint(ks, `Debug halt syscall from user thread ${hex(tcbPtr(t))} "${t.name}"\n`);
        ks.halted = true;
        ks.haltReason = 'DebugHalt';
        return;
      case Syscall.DebugCapIdentify: {
        const lu = lookupCapAndSlot(t, getRegister(t, REG_CAP));
        setRegister(t, REG_CAP, BigInt(lu.failure === null ? lu.cap.tag : 0));
        return;
      }
      case Syscall.DebugSnapshot:
        // seL4 handleUnknownSyscall prints this line before debug_capDL().
        kprint(ks, `Debug snapshot syscall from user thread ${hex(tcbPtr(t))} "${t.name}"\n`);
        kprint(ks, capDLSnapshot(ks));
        if (ks.onDebugSnapshot !== null) ks.onDebugSnapshot();
        return;
      case Syscall.DebugNameThread: {
        const lu = lookupCapAndSlot(t, getRegister(t, REG_CAP));
        if (lu.failure !== null || lu.cap.tag !== CapTag.Thread) {
          userError(ks, 'handleUnknownSyscall', 'SysDebugNameThread: cap is not a TCB, halting');
          haltKernel(ks, 'DebugNameThread on a non-TCB cap');
          return;
        }
        const buf = lookupIPCBuffer(true, t);
        if (buf < 0) {
          userError(ks, 'handleUnknownSyscall', 'SysDebugNameThread: Failed to lookup IPC buffer, halting');
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
          userError(ks, 'handleUnknownSyscall', 'SysDebugNameThread: Name too long, halting');
          haltKernel(ks, 'DebugNameThread with an unterminated name');
          return;
        }
        // setThreadName keeps at most TCB_NAME_LENGTH - 1 characters.
        lu.cap.tcb.name = name.slice(0, TCB_NAME_LENGTH - 1);
        return;
      }
    }
  }
  const syscall = BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo >>> 0));
  ks.currentFault = { kind: 'unknownSyscall', syscall };
  handleFault(ks, t);
}

function haltKernel(ks: KernelState, why: string): void {
  ks.halted = true;
  ks.haltReason = why;
}

/** DebugDumpScheduler: one line per thread (seL4 debug_dumpScheduler). */
export function debugDumpScheduler(ks: KernelState): void {
  kprint(ks, 'Dumping all tcbs!\n');
  kprint(ks, 'Name                                    \tState          \tIP                  \t Prio \t Core\n');
  kprint(ks, '--------------------------------------------------------------------------------------\n');
  // seL4 prepends new threads to its debug list: newest first.
  for (const t of [...ks.threads].reverse()) {
    const ip = getFaultIP(t);
    kprint(ks, `${t.name.padEnd(40)}\t${THREAD_STATE_NAMES[t.state].padEnd(15)}\t${hex(ip).padEnd(20)}\t${String(t.priority).padStart(5)}\t${'0'.padStart(4)}\n`);
  }
}

export { CAP_NAMES, LABEL_NAMES };
