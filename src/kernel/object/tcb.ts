// Thread control blocks (seL4 src/object/tcb.c; manual §6 "Threads and Execution", fact sheet §5.4).
// Non-MCS riscv64: decodeTCBInvocation and the decodeX / invokeTCB_X pairs of seL4, in the same order of checks.
import type { KernelState } from '../statedata.js';
import {
  Cap, CapTag, Cte, Endpoint, McsTcbSlot, Notification, SchedContext, Tcb, TcbSlot, ThreadState, RIGHT_READ,
} from '../structures.js';
import { Exception, SeL4Error } from '../api/failures.js';
import { Label } from '../api/labels.js';
import { DecodeArgs, invalidCapability, rangeError, syscallErr } from './decode.js';
import { userError } from '../printf.js';
import {
  possibleSwitchTo, rescheduleRequired, restart, setThreadState, tcbSchedDequeue, tcbSchedEnqueue, isRunnable, isBlocked,
  tcbReleaseRemove,
} from '../thread.js';
import { cancelIPC, reorderQueue } from './endpoint.js';
import { cancelYieldTo, schedContextBindTCB, schedContextUnbindTCB } from './schedcontext.js';
import { validFaultHandler } from '../faulthandler.js';
import { refillReady, scActive } from '../sporadic.js';
import { bindNotification, unbindNotification } from './notification.js';
import { cteDelete, cteInsert, slotCapLongRunningDelete } from './cnode.js';
import { sameObjectAs, updateCapData } from './cap.js';
import { deriveCap } from './objecttype.js';
import { getRegister, lookupIPCBuffer, setBadgeRegister, setMessageInfo, setMR, setRegister } from '../message.js';
import {
  USER_CONTEXT_X, FRAME_REGISTER_COUNT, GP_REGISTER_COUNT, REG_TP,
} from '../../arch/riscv/registers.js';
import { checkValidIPCBuffer, isValidVTableRoot } from '../../arch/riscv/kernel/vspace.js';

/** n_frameRegisters + n_gpRegisters: the words of seL4_UserContext (fact sheet §9). */
const USER_CONTEXT_WORDS = FRAME_REGISTER_COUNT + GP_REGISTER_COUNT;
/** seL4_MinPrio. */
const MIN_PRIO = 0n;
/** seL4_TCBFlag_MASK: only seL4_TCBFlag_fpuDisabled, as the kernel has an FPU (fact sheet §5.4). */
const TCB_FLAG_FPU_DISABLED = 1n;
const TCB_FLAG_MASK = TCB_FLAG_FPU_DISABLED;

// ---- registers in seL4_UserContext order ----

/** Register `idx` of seL4_UserContext: index 0 ("pc") is FaultIP, the rest are x registers. */
function getContextRegister(t: Tcb, idx: number): bigint {
  if (idx === 0) return BigInt.asUintN(64, (BigInt(t.faultIPHi) << 32n) | BigInt(t.faultIPLo >>> 0));
  return getRegister(t, USER_CONTEXT_X[idx]);
}

function setContextRegister(t: Tcb, idx: number, v: bigint): void {
  if (idx === 0) {
    const u = BigInt.asUintN(64, v);
    t.faultIPLo = Number(u & 0xffffffffn) | 0;
    t.faultIPHi = Number(u >> 32n) | 0;
    return;
  }
  setRegister(t, USER_CONTEXT_X[idx], BigInt.asUintN(64, v));
}

/** setNextPC(t, getRestartPC(t)): the thread continues at its FaultIP. */
function setNextPCToRestartPC(t: Tcb): void {
  t.regs.pcLo = t.faultIPLo;
  t.regs.pcHi = t.faultIPHi;
}

// ---- suspend (seL4 src/kernel/thread.c) ----

/** Stop a thread (seL4 suspend): abort its IPC, make it inactive and take it off the ready queue. */
export function suspend(ks: KernelState, t: Tcb): void {
  cancelIPC(ks, t);
  if (t.state === ThreadState.Running) {
    // A running thread resumes after its syscall: FaultIP := NextIP (updateRestartPC, fact sheet §2.1).
    t.faultIPLo = t.regs.pcLo;
    t.faultIPHi = t.regs.pcHi;
  }
  setThreadState(ks, t, ThreadState.Inactive);
  tcbSchedDequeue(ks, t);
  if (ks.config.mcs) {
    tcbReleaseRemove(ks, t);
    cancelYieldTo(t);
  }
}

/** seL4 restart with this kernel's cancelIPC. */
function restartThread(ks: KernelState, t: Tcb): void {
  restart(ks, t, (x) => cancelIPC(ks, x));
}

// ---- priorities (seL4 src/kernel/thread.c, non-MCS) ----

export function setMCPriority(t: Tcb, mcp: number): void {
  t.mcp = mcp;
}

/** Move a thread to another priority; a runnable thread may preempt the caller (manual §6.2). */
export function setPriority(ks: KernelState, t: Tcb, prio: number): void {
  if (ks.config.mcs) {
    // MCS: queued threads are requeued; blocked ones move within their priority-ordered IPC queue.
    switch (t.state) {
      case ThreadState.Running:
      case ThreadState.Restart:
        if (t.inReadyQueue || t === ks.curThread) {
          tcbSchedDequeue(ks, t);
          t.priority = prio;
          tcbSchedEnqueue(ks, t);
          rescheduleRequired(ks);
        } else {
          t.priority = prio;
        }
        return;
      case ThreadState.BlockedOnReceive:
      case ThreadState.BlockedOnSend:
      case ThreadState.BlockedOnNotification:
        t.priority = prio;
        reorderQueue(ks, (t.blockingObject as Endpoint | Notification).queue, t);
        return;
      default:
        t.priority = prio;
        return;
    }
  }
  tcbSchedDequeue(ks, t);
  t.priority = prio;
  if (isRunnable(t)) {
    if (t === ks.curThread) rescheduleRequired(ks);
    else possibleSwitchTo(ks, t);
  }
}

/** checkPrio: a priority or MCP may not exceed the authority's MCP ⇒ RangeError(seL4_MinPrio, mcp). */
function checkPrio(ks: KernelState, prio: bigint, auth: Tcb): Exception {
  const mcp = BigInt(auth.mcp);
  if (prio > mcp) return rangeError(ks, MIN_PRIO, mcp);
  return Exception.None;
}

// ---- decode dispatch ----

export function decodeTCBInvocation(ks: KernelState, a: DecodeArgs): Exception {
  const cap = a.cap;
  if (cap.tag !== CapTag.Thread) return syscallErr(ks, SeL4Error.InvalidCapability);
  const tcb = cap.tcb;
  switch (a.label) {
    case Label.TCBReadRegisters:
      return decodeReadRegisters(ks, a, tcb);
    case Label.TCBWriteRegisters:
      return decodeWriteRegisters(ks, a, tcb);
    case Label.TCBCopyRegisters:
      return decodeCopyRegisters(ks, a, tcb);
    case Label.TCBSuspend:
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      return invokeTCB_Suspend(ks, tcb);
    case Label.TCBResume:
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      return invokeTCB_Resume(ks, tcb);
    case Label.TCBConfigure:
      return decodeTCBConfigure(ks, a, tcb);
    case Label.TCBSetPriority:
      return decodeSetPriority(ks, a, tcb);
    case Label.TCBSetMCPriority:
      return decodeSetMCPriority(ks, a, tcb);
    case Label.TCBSetSchedParams:
      return ks.config.mcs ? decodeSetSchedParamsMCS(ks, a, tcb) : decodeSetSchedParams(ks, a, tcb);
    case Label.TCBSetTimeoutEndpoint:
      return decodeSetTimeoutEndpoint(ks, a, tcb);
    case Label.TCBSetIPCBuffer:
      return decodeSetIPCBuffer(ks, a, tcb);
    case Label.TCBSetSpace:
      return decodeSetSpace(ks, a, tcb);
    case Label.TCBBindNotification:
      return decodeBindNotification(ks, a, tcb);
    case Label.TCBUnbindNotification:
      return decodeUnbindNotification(ks, tcb);
    case Label.TCBSetTLSBase:
      return decodeSetTLSBase(ks, a, tcb);
    case Label.TCBSetFlags:
      return decodeSetFlags(ks, a, tcb);
    default:
      userError(ks, 'decodeTCBInvocation', 942, 'TCB: Illegal operation.');
      return syscallErr(ks, SeL4Error.IllegalOperation);
  }
}

// ---- registers (manual §6.1.2 "Thread register state") ----

/** CopyRegisters flag bits (seL4 enum CopyRegistersFlags). */
const COPY_SUSPEND_SOURCE = 1n << 0n;
const COPY_RESUME_TARGET = 1n << 1n;
const COPY_TRANSFER_FRAME = 1n << 2n;
const COPY_TRANSFER_INTEGER = 1n << 3n;

export function decodeCopyRegisters(ks: KernelState, a: DecodeArgs, dest: Tcb): Exception {
  const srcSlot = a.extraCaps[0];
  if (a.length < 1 || srcSlot === null) {
    userError(ks, 'decodeCopyRegisters', 963, 'TCB CopyRegisters: Truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  const flags = a.arg(0);
  // Arch_decodeTransfer(flags >> 8) is 0 on RISC-V: the arch flags are ignored.
  const srcCap = srcSlot.cap;
  if (srcCap.tag !== CapTag.Thread) {
    userError(ks, 'decodeCopyRegisters', 977, 'TCB CopyRegisters: Invalid source TCB.');
    return invalidCapability(ks, 1);
  }
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  return invokeTCB_CopyRegisters(ks, dest, srcCap.tcb, (flags & COPY_SUSPEND_SOURCE) !== 0n,
    (flags & COPY_RESUME_TARGET) !== 0n, (flags & COPY_TRANSFER_FRAME) !== 0n, (flags & COPY_TRANSFER_INTEGER) !== 0n);
}

export function invokeTCB_CopyRegisters(
  ks: KernelState, dest: Tcb, src: Tcb, suspendSource: boolean, resumeTarget: boolean, transferFrame: boolean,
  transferInteger: boolean,
): Exception {
  if (suspendSource) suspend(ks, src);
  if (resumeTarget) restartThread(ks, dest);
  if (transferFrame) {
    for (let i = 0; i < FRAME_REGISTER_COUNT; i++) setContextRegister(dest, i, getContextRegister(src, i));
    setNextPCToRestartPC(dest);
  }
  if (transferInteger) {
    for (let i = 0; i < GP_REGISTER_COUNT; i++) {
      const idx = FRAME_REGISTER_COUNT + i;
      setContextRegister(dest, idx, getContextRegister(src, idx));
    }
  }
  // Registers of the current thread are reloaded only on a switch (seL4 comment in invokeTCB_CopyRegisters).
  if (dest === ks.curThread) rescheduleRequired(ks);
  return Exception.None;
}

/** ReadRegisters flag bit (seL4 enum ReadRegistersFlags). */
const READ_SUSPEND = 1n << 0n;

export function decodeReadRegisters(ks: KernelState, a: DecodeArgs, thread: Tcb): Exception {
  if (a.length < 2) {
    userError(ks, 'decodeReadRegisters', 1005, 'TCB ReadRegisters: Truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  const flags = a.arg(0);
  const n = a.arg(1);
  if (n < 1n || n > BigInt(USER_CONTEXT_WORDS)) {
    userError(ks, 'decodeReadRegisters', 1014, 'TCB ReadRegisters: Attempted to read an invalid number of registers (%d).', n);
    return rangeError(ks, 1, USER_CONTEXT_WORDS);
  }
  if (thread === ks.curThread) {
    userError(ks, 'decodeReadRegisters', 1027, 'TCB ReadRegisters: Attempted to read our own registers.');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  return invokeTCB_ReadRegisters(ks, thread, (flags & READ_SUSPEND) !== 0n, Number(n), a.isCall);
}

/**
 * The reply is written here rather than by the generic success path (seL4's comment: "ReadRegisters is a special
 * case"): registers go to MR0.. in seL4_UserContext order, the caller is left Running.
 */
export function invokeTCB_ReadRegisters(ks: KernelState, src: Tcb, suspendSource: boolean, n: number, call: boolean): Exception {
  const thread = ks.curThread;
  if (suspendSource) suspend(ks, src);
  if (call) {
    const buf = lookupIPCBuffer(true, thread);
    setBadgeRegister(thread, 0n);
    // Without an IPC buffer only the message registers (MR0..MR3) can be written, as in seL4's loops.
    let length = 0;
    for (let i = 0; i < n; i++) {
      if (buf < 0 && i >= 4) break;
      setMR(ks, thread, buf, i, getContextRegister(src, i));
      length = i + 1;
    }
    setMessageInfo(thread, 0, 0, 0, length);
  }
  setThreadState(ks, thread, ThreadState.Running);
  return Exception.None;
}

/** WriteRegisters flag bit (seL4 enum WriteRegistersFlags). */
const WRITE_RESUME = 1n << 0n;

export function decodeWriteRegisters(ks: KernelState, a: DecodeArgs, thread: Tcb): Exception {
  if (a.length < 2) {
    userError(ks, 'decodeWriteRegisters', 1050, 'TCB WriteRegisters: Truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  const flags = a.arg(0);
  const w = a.arg(1);
  if (BigInt(a.length - 2) < w) {
    userError(ks, 'decodeWriteRegisters', 1059,
      'TCB WriteRegisters: Message too short for requested write size (%d/%d).', a.length - 2, w);
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  if (thread === ks.curThread) {
    userError(ks, 'decodeWriteRegisters', 1069, 'TCB WriteRegisters: Attempted to write our own registers.');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  return invokeTCB_WriteRegisters(ks, thread, (flags & WRITE_RESUME) !== 0n, w, a);
}

export function invokeTCB_WriteRegisters(ks: KernelState, dest: Tcb, resumeTarget: boolean, w: bigint, a: DecodeArgs): Exception {
  const n = w > BigInt(USER_CONTEXT_WORDS) ? USER_CONTEXT_WORDS : Number(w);
  // No register sanitising on RISC-V (sanitiseRegister is the identity).
  for (let i = 0; i < n; i++) setContextRegister(dest, i, a.arg(i + 2));
  setNextPCToRestartPC(dest);
  if (resumeTarget) restartThread(ks, dest);
  if (dest === ks.curThread) rescheduleRequired(ks);
  return Exception.None;
}

// ---- Configure, SetSpace, SetIPCBuffer (manual §6.1.1 "Thread configuration") ----

/** What invokeTCB_ThreadControl updates (seL4 thread_control_flag). */
const enum ThreadControlFlag {
  UpdatePriority = 1,
  UpdateIPCBuffer = 2,
  UpdateSpace = 4,
  UpdateMCP = 8,
  /** MCS: install the fault handler cap (TCB slot 3). */
  UpdateFault = 16,
}

interface ThreadControlArgs {
  faultEP: bigint;
  mcp: number;
  priority: number;
  cRootCap: Cap;
  cRootSlot: Cte | null;
  vRootCap: Cap;
  vRootSlot: Cte | null;
  bufferAddr: bigint;
  bufferCap: Cap;
  bufferSlot: Cte | null;
  /** MCS fault handler cap and its source slot (UpdateFault). */
  fhCap?: Cap;
  fhSlot?: Cte | null;
}

const NO_CAPS = { cRootCap: { tag: CapTag.Null } as Cap, cRootSlot: null, vRootCap: { tag: CapTag.Null } as Cap, vRootSlot: null };

/** Derive the new CSpace and VSpace roots as decodeTCBConfigure / decodeSetSpace do. */
function decodeSpaceRoots(
  ks: KernelState, func: string, what: string, cRootData: bigint, cRootSlot: Cte, vRootData: bigint, vRootSlot: Cte,
): { status: Exception; cRootCap: Cap; vRootCap: Cap } {
  const fail = { status: Exception.SyscallError, cRootCap: cRootSlot.cap, vRootCap: vRootSlot.cap };
  let cRootCap = cRootSlot.cap;
  if (cRootData !== 0n) cRootCap = updateCapData(false, cRootData, cRootCap);
  let dc = deriveCap(ks, cRootSlot, cRootCap);
  if (dc.status !== Exception.None) return { ...fail, status: dc.status };
  cRootCap = dc.cap;
  if (cRootCap.tag !== CapTag.CNode) {
    if (what === 'Configure') userError(ks, func, 1170, 'TCB Configure: CSpace cap is invalid.');
    else userError(ks, func, 1573, 'TCB SetSpace: Invalid CNode cap.');
    syscallErr(ks, SeL4Error.IllegalOperation);
    return fail;
  }
  let vRootCap = vRootSlot.cap;
  if (vRootData !== 0n) vRootCap = updateCapData(false, vRootData, vRootCap);
  dc = deriveCap(ks, vRootSlot, vRootCap);
  if (dc.status !== Exception.None) return { ...fail, status: dc.status };
  vRootCap = dc.cap;
  if (!isValidVTableRoot(vRootCap)) {
    if (what === 'Configure') userError(ks, func, 1186, 'TCB Configure: VSpace cap is invalid.');
    else userError(ks, func, 1589, 'TCB SetSpace: Invalid VSpace cap.');
    syscallErr(ks, SeL4Error.IllegalOperation);
    return fail;
  }
  return { status: Exception.None, cRootCap, vRootCap };
}

function spaceBeingDeleted(t: Tcb): boolean {
  return slotCapLongRunningDelete(t.slots[TcbSlot.CTable]) || slotCapLongRunningDelete(t.slots[TcbSlot.VTable]);
}

/** TCBConfigure batches SetIPCBuffer and parts of SetSpace (non-MCS: MR0 is the fault endpoint CPtr). */
export function decodeTCBConfigure(ks: KernelState, a: DecodeArgs, tcb: Tcb): Exception {
  // MCS: no fault endpoint word (the fault handler is a cap, set by SetSpace or SetSchedParams).
  const f = ks.config.mcs ? -1 : 0;
  const [cRootSlot, vRootSlot, bufSlot] = a.extraCaps;
  if (a.length < f + 4 || cRootSlot === null || vRootSlot === null || bufSlot === null) {
    userError(ks, 'decodeTCBConfigure', 1112, 'TCB Configure: Truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  const faultEP = f < 0 ? 0n : a.arg(0);
  const cRootData = a.arg(f + 1);
  const vRootData = a.arg(f + 2);
  const bufferAddr = a.arg(f + 3);
  let bufferSlot: Cte | null = bufSlot;
  let bufferCap = bufSlot.cap;
  if (bufferAddr === 0n) {
    bufferSlot = null;
  } else {
    const dc = deriveCap(ks, bufSlot, bufferCap);
    if (dc.status !== Exception.None) return dc.status;
    bufferCap = dc.cap;
    const e = checkValidIPCBuffer(ks, bufferAddr, bufferCap);
    if (e !== Exception.None) return e;
  }
  if (spaceBeingDeleted(tcb)) {
    userError(ks, 'decodeTCBConfigure', 1154, 'TCB Configure: CSpace or VSpace currently being deleted.');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  const roots = decodeSpaceRoots(ks, 'decodeTCBConfigure', 'Configure', cRootData, cRootSlot, vRootData, vRootSlot);
  if (roots.status !== Exception.None) return roots.status;
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  return invokeTCB_ThreadControl(ks, tcb, a.slot, {
    faultEP, mcp: 0, priority: 0,
    cRootCap: roots.cRootCap, cRootSlot, vRootCap: roots.vRootCap, vRootSlot,
    bufferAddr, bufferCap, bufferSlot,
  }, ThreadControlFlag.UpdateSpace | ThreadControlFlag.UpdateIPCBuffer);
}

export function decodeSetSpace(ks: KernelState, a: DecodeArgs, tcb: Tcb): Exception {
  // MCS: cap0 is the fault handler (a cap, not a CPtr word), then the CSpace and VSpace roots.
  const mcs = ks.config.mcs;
  const [fhSlot, cRootSlot, vRootSlot] = mcs ? a.extraCaps : [null, a.extraCaps[0], a.extraCaps[1]];
  if (a.length < (mcs ? 2 : 3) || (mcs && fhSlot === null) || cRootSlot === null || vRootSlot === null) {
    userError(ks, 'decodeSetSpace', 1527, 'TCB SetSpace: Truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  const f = mcs ? -1 : 0;
  const faultEP = mcs ? 0n : a.arg(0);
  const cRootData = a.arg(f + 1);
  const vRootData = a.arg(f + 2);
  if (spaceBeingDeleted(tcb)) {
    userError(ks, 'decodeSetSpace', 1557, 'TCB SetSpace: CSpace or VSpace currently being deleted.');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  const roots = decodeSpaceRoots(ks, 'decodeSetSpace', 'SetSpace', cRootData, cRootSlot, vRootData, vRootSlot);
  if (roots.status !== Exception.None) return roots.status;
  const fhCap = fhSlot?.cap;
  if (fhCap !== undefined && !validFaultHandler(fhCap)) {
    userError(ks, 'decodeSetSpace', 1597, 'TCB SetSpace: fault endpoint cap invalid.');
    return invalidCapability(ks, 1);
  }
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  return invokeTCB_ThreadControl(ks, tcb, a.slot, {
    faultEP, mcp: 0, priority: 0,
    cRootCap: roots.cRootCap, cRootSlot, vRootCap: roots.vRootCap, vRootSlot,
    bufferAddr: 0n, bufferCap: { tag: CapTag.Null }, bufferSlot: null, fhCap, fhSlot,
  }, ThreadControlFlag.UpdateSpace | (mcs ? ThreadControlFlag.UpdateFault : 0));
}

export function decodeSetIPCBuffer(ks: KernelState, a: DecodeArgs, tcb: Tcb): Exception {
  const bufSlot = a.extraCaps[0];
  if (a.length < 1 || bufSlot === null) {
    userError(ks, 'decodeSetIPCBuffer', 1461, 'TCB SetIPCBuffer: Truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  const bufferAddr = a.arg(0);
  let bufferSlot: Cte | null = bufSlot;
  let bufferCap = bufSlot.cap;
  if (bufferAddr === 0n) {
    bufferSlot = null;
  } else {
    const dc = deriveCap(ks, bufSlot, bufferCap);
    if (dc.status !== Exception.None) return dc.status;
    bufferCap = dc.cap;
    const e = checkValidIPCBuffer(ks, bufferAddr, bufferCap);
    if (e !== Exception.None) return e;
  }
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  return invokeTCB_ThreadControl(ks, tcb, a.slot, {
    faultEP: 0n, mcp: 0, priority: 0, ...NO_CAPS, bufferAddr, bufferCap, bufferSlot,
  }, ThreadControlFlag.UpdateIPCBuffer);
}

/**
 * Install new CSpace/VSpace roots and IPC buffer, fault endpoint and priorities (seL4 invokeTCB_ThreadControl).
 * A new cap is inserted only if its source slot and the invoked TCB cap survived the deletion of the old one.
 */
export function invokeTCB_ThreadControl(
  ks: KernelState, target: Tcb, slot: Cte | null, p: ThreadControlArgs, flags: number,
): Exception {
  const tCap: Cap = { tag: CapTag.Thread, tcb: target };
  const tcbCapIntact = () => slot !== null && sameObjectAs(tCap, slot.cap);
  if ((flags & ThreadControlFlag.UpdateSpace) && !ks.config.mcs) target.faultHandler = BigInt.asUintN(64, p.faultEP);
  if (flags & ThreadControlFlag.UpdateFault) {
    const e = installTCBCap(ks, target, slot, McsTcbSlot.FaultHandler, p.fhCap!, p.fhSlot!);
    if (e !== Exception.None) return e;
  }
  if (flags & ThreadControlFlag.UpdateMCP) setMCPriority(target, p.mcp);
  if (flags & ThreadControlFlag.UpdateSpace) {
    const rootSlot = target.slots[TcbSlot.CTable];
    const e = cteDelete(ks, rootSlot, true);
    if (e !== Exception.None) return e;
    if (p.cRootSlot !== null && sameObjectAs(p.cRootCap, p.cRootSlot.cap) && tcbCapIntact()) {
      cteInsert(ks, p.cRootCap, p.cRootSlot, rootSlot);
    }
  }
  if (flags & ThreadControlFlag.UpdateSpace) {
    const rootSlot = target.slots[TcbSlot.VTable];
    const e = cteDelete(ks, rootSlot, true);
    if (e !== Exception.None) return e;
    if (p.vRootSlot !== null && sameObjectAs(p.vRootCap, p.vRootSlot.cap) && tcbCapIntact()) {
      cteInsert(ks, p.vRootCap, p.vRootSlot, rootSlot);
    }
    // As in seL4, a thread that changes its own VSpace keeps the loaded root until the next thread switch.
  }
  if (flags & ThreadControlFlag.UpdateIPCBuffer) {
    const bufferSlot = target.slots[target.bufferSlot];
    const e = cteDelete(ks, bufferSlot, true);
    if (e !== Exception.None) return e;
    target.ipcBuffer = BigInt.asUintN(64, p.bufferAddr);
    if (p.bufferSlot !== null && sameObjectAs(p.bufferCap, p.bufferSlot.cap) && tcbCapIntact()) {
      cteInsert(ks, p.bufferCap, p.bufferSlot, bufferSlot);
    }
    if (target === ks.curThread) rescheduleRequired(ks);
  }
  if (flags & ThreadControlFlag.UpdatePriority) setPriority(ks, target, p.priority);
  return Exception.None;
}

// ---- priorities (manual §6.2 "Scheduling") ----

function authorityTCB(ks: KernelState, a: DecodeArgs, func: string, line: number, msg: string): Tcb | null {
  const authCap = a.extraCaps[0]!.cap;
  if (authCap.tag !== CapTag.Thread) {
    userError(ks, func, line, msg);
    invalidCapability(ks, 1);
    return null;
  }
  return authCap.tcb;
}

export function decodeSetPriority(ks: KernelState, a: DecodeArgs, tcb: Tcb): Exception {
  if (a.length < 1 || a.extraCaps[0] === null) {
    userError(ks, 'decodeSetPriority', 1217, 'TCB SetPriority: Truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  const newPrio = a.arg(0);
  const auth = authorityTCB(ks, a, 'decodeSetPriority', 1226, 'Set priority: authority cap not a TCB.');
  if (auth === null) return Exception.SyscallError;
  if (checkPrio(ks, newPrio, auth) !== Exception.None) {
    userError(ks, 'decodeSetPriority', 1235, 'TCB SetPriority: Requested priority %lu too high (max %lu).', newPrio, auth.mcp);
    return Exception.SyscallError;
  }
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  return invokeTCB_ThreadControl(ks, tcb, null, {
    faultEP: 0n, mcp: 0, priority: Number(newPrio), ...NO_CAPS, bufferAddr: 0n, bufferCap: { tag: CapTag.Null }, bufferSlot: null,
  }, ThreadControlFlag.UpdatePriority);
}

export function decodeSetMCPriority(ks: KernelState, a: DecodeArgs, tcb: Tcb): Exception {
  if (a.length < 1 || a.extraCaps[0] === null) {
    userError(ks, 'decodeSetMCPriority', 1261, 'TCB SetMCPriority: Truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  const newMcp = a.arg(0);
  const auth = authorityTCB(ks, a, 'decodeSetMCPriority', 1270, 'TCB SetMCPriority: authority cap not a TCB.');
  if (auth === null) return Exception.SyscallError;
  if (checkPrio(ks, newMcp, auth) !== Exception.None) {
    userError(ks, 'decodeSetMCPriority', 1279,
      'TCB SetMCPriority: Requested maximum controlled priority %lu too high (max %lu).', newMcp, auth.mcp);
    return Exception.SyscallError;
  }
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  return invokeTCB_ThreadControl(ks, tcb, null, {
    faultEP: 0n, mcp: Number(newMcp), priority: 0, ...NO_CAPS, bufferAddr: 0n, bufferCap: { tag: CapTag.Null }, bufferSlot: null,
  }, ThreadControlFlag.UpdateMCP);
}

export function decodeSetSchedParams(ks: KernelState, a: DecodeArgs, tcb: Tcb): Exception {
  if (a.length < 2 || a.extraCaps[0] === null) {
    userError(ks, 'decodeSetSchedParams', 1345, 'TCB SetSchedParams: Truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  const newMcp = a.arg(0);
  const newPrio = a.arg(1);
  const auth = authorityTCB(ks, a, 'decodeSetSchedParams', 1360, 'TCB SetSchedParams: authority cap not a TCB.');
  if (auth === null) return Exception.SyscallError;
  if (checkPrio(ks, newMcp, auth) !== Exception.None) {
    userError(ks, 'decodeSetSchedParams', 1369,
      'TCB SetSchedParams: Requested maximum controlled priority %lu too high (max %lu).', newMcp, auth.mcp);
    return Exception.SyscallError;
  }
  if (checkPrio(ks, newPrio, auth) !== Exception.None) {
    userError(ks, 'decodeSetSchedParams', 1376, 'TCB SetSchedParams: Requested priority %lu too high (max %lu).', newPrio, auth.mcp);
    return Exception.SyscallError;
  }
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  return invokeTCB_ThreadControl(ks, tcb, null, {
    faultEP: 0n, mcp: Number(newMcp), priority: Number(newPrio), ...NO_CAPS, bufferAddr: 0n,
    bufferCap: { tag: CapTag.Null }, bufferSlot: null,
  }, ThreadControlFlag.UpdateMCP | ThreadControlFlag.UpdatePriority);
}

// ---- Suspend / Resume (manual §6.1.3) ----

export function invokeTCB_Suspend(ks: KernelState, thread: Tcb): Exception {
  suspend(ks, thread);
  return Exception.None;
}

export function invokeTCB_Resume(ks: KernelState, thread: Tcb): Exception {
  restartThread(ks, thread);
  return Exception.None;
}

// ---- bound notifications (manual §5.3 "Binding Notifications") ----

export function decodeBindNotification(ks: KernelState, a: DecodeArgs, tcb: Tcb): Exception {
  const ntfnSlot = a.extraCaps[0];
  if (ntfnSlot === null) {
    userError(ks, 'decodeBindNotification', 1631, 'TCB BindNotification: Truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  if (tcb.boundNotification !== null) {
    userError(ks, 'decodeBindNotification', 1639, 'TCB BindNotification: TCB already has a bound notification.');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  const ntfnCap = ntfnSlot.cap;
  if (ntfnCap.tag !== CapTag.Notification) {
    userError(ks, 'decodeBindNotification', 1649, 'TCB BindNotification: Notification is invalid.');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  if (!(ntfnCap.rights & RIGHT_READ)) {
    userError(ks, 'decodeBindNotification', 1655, 'TCB BindNotification: Insufficient access rights');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  const ntfn = ntfnCap.obj;
  if (ntfn.queue.length > 0 || ntfn.boundTCB !== null) {
    userError(ks, 'decodeBindNotification', 1662, 'TCB BindNotification: Notification cannot be bound.');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  return invokeTCB_NotificationControl(tcb, ntfn);
}

export function decodeUnbindNotification(ks: KernelState, tcb: Tcb): Exception {
  if (tcb.boundNotification === null) {
    userError(ks, 'decodeUnbindNotification', 1679, 'TCB UnbindNotification: TCB already has no bound Notification.');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  return invokeTCB_NotificationControl(tcb, null);
}

export function invokeTCB_NotificationControl(tcb: Tcb, ntfn: Notification | null): Exception {
  if (ntfn !== null) bindNotification(tcb, ntfn);
  else unbindNotification(tcb);
  return Exception.None;
}

// ---- TLS base and flags ----

export function decodeSetTLSBase(ks: KernelState, a: DecodeArgs, tcb: Tcb): Exception {
  if (a.length < 1) {
    userError(ks, 'decodeSetTLSBase', 787, 'TCB SetTLSBase: Truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  const tlsBase = a.arg(0);
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  return invokeSetTLSBase(ks, tcb, tlsBase);
}

/** TLS_BASE is tp (x4) on RISC-V. */
export function invokeSetTLSBase(ks: KernelState, thread: Tcb, tlsBase: bigint): Exception {
  setRegister(thread, REG_TP, tlsBase);
  if (thread === ks.curThread) rescheduleRequired(ks);
  return Exception.None;
}

/** TCB_SetFlags (14.0.0+): MR0 clear, MR1 set; replies with the new flags in MR0. */
export function decodeSetFlags(ks: KernelState, a: DecodeArgs, tcb: Tcb): Exception {
  if (a.length < 2) {
    userError(ks, 'decodeSetFlags', 831, 'TCB SetFlags: Truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  const clear = a.arg(0);
  const set = a.arg(1);
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  invokeSetFlags(ks, tcb, clear, set, a.isCall);
  return Exception.None;
}

/**
 * New flags = (old & ~clear) | (set & mask). seL4 releases the FPU of a thread that gets fpuDisabled (its FP
 * state stays in the TCB); the hart honours bit 0 whenever the thread next runs (System.run).
 */
export function invokeSetFlags(ks: KernelState, thread: Tcb, clear: bigint, set: bigint, call: boolean): void {
  let flags = thread.flags;
  flags &= ~clear & ((1n << 64n) - 1n);
  flags |= set & TCB_FLAG_MASK;
  thread.flags = flags;
  const cur = ks.curThread;
  if (call) {
    const buf = lookupIPCBuffer(true, cur);
    setBadgeRegister(cur, 0n);
    setMR(ks, cur, buf, 0, flags);
    setMessageInfo(cur, 0, 0, 0, 1);
  }
  setThreadState(ks, cur, ThreadState.Running);
}

// ---- MCS flavours (seL4 tcb.c under CONFIG_KERNEL_MCS; fact sheet §5.4) ----

/** installTCBCap: replace the cap in one of the TCB's slots if source and TCB cap survived the deletion. */
function installTCBCap(ks: KernelState, target: Tcb, tcbSlot: Cte | null, index: number, newCap: Cap, src: Cte | null): Exception {
  const rootSlot = target.slots[index];
  const e = cteDelete(ks, rootSlot, true);
  if (e !== Exception.None) return e;
  const tCap: Cap = { tag: CapTag.Thread, tcb: target };
  if (src !== null && newCap.tag !== CapTag.Null && sameObjectAs(newCap, src.cap) && tcbSlot !== null &&
    sameObjectAs(tCap, tcbSlot.cap)) {
    cteInsert(ks, newCap, src, rootSlot);
  }
  return Exception.None;
}

// userError lines of the MCS-only checks below are from older seL4 sources whose non-MCS lines agree with the
// 16.0.0 build around them (the 16.0.0 MCS kernel image was not available to read them from): 1388..1418 follow
// 1376; decodeSetTimeoutEndpoint's 1306/1315 may be 2 too low (16.0.0 has 2 more lines before 1345).

/** MCS TCBSetSchedParams: MCP, priority, scheduling context and fault handler together. */
function decodeSetSchedParamsMCS(ks: KernelState, a: DecodeArgs, tcb: Tcb): Exception {
  const fn = 'decodeSetSchedParams';
  const [authSlot, scSlot, fhSlot] = a.extraCaps;
  if (a.length < 2 || authSlot === null || scSlot === null || fhSlot === null) {
    userError(ks, fn, 1345, 'TCB SetSchedParams: Truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  const newMcp = a.arg(0);
  const newPrio = a.arg(1);
  const auth = authorityTCB(ks, a, fn, 1360, 'TCB SetSchedParams: authority cap not a TCB.');
  if (auth === null) return Exception.SyscallError;
  if (checkPrio(ks, newMcp, auth) !== Exception.None) {
    userError(ks, fn, 1369, 'TCB SetSchedParams: Requested maximum controlled priority %lu too high (max %lu).', newMcp, auth.mcp);
    return Exception.SyscallError;
  }
  if (checkPrio(ks, newPrio, auth) !== Exception.None) {
    userError(ks, fn, 1376, 'TCB SetSchedParams: Requested priority %lu too high (max %lu).', newPrio, auth.mcp);
    return Exception.SyscallError;
  }
  const scCap = scSlot.cap;
  let sc: SchedContext | null = null;
  if (scCap.tag === CapTag.SchedContext) {
    sc = scCap.sc;
    if (tcb.schedContext !== null) {
      userError(ks, fn, 1388, 'TCB Configure: tcb already has a scheduling context.');
      return syscallErr(ks, SeL4Error.IllegalOperation);
    }
    if (sc.tcb !== null) {
      userError(ks, fn, 1393, 'TCB Configure: sched contextext already bound.');
      return syscallErr(ks, SeL4Error.IllegalOperation);
    }
    if (isBlocked(tcb) && !(scActive(sc) && refillReady(ks, sc))) {
      userError(ks, fn, 1398, 'TCB Configure: tcb blocked and scheduling context not schedulable.');
      return syscallErr(ks, SeL4Error.IllegalOperation);
    }
  } else if (scCap.tag === CapTag.Null) {
    if (tcb === ks.curThread) {
      userError(ks, fn, 1405, 'TCB SetSchedParams: Cannot change sched_context of current thread');
      return syscallErr(ks, SeL4Error.IllegalOperation);
    }
  } else {
    userError(ks, fn, 1411, 'TCB Configure: sched context cap invalid.');
    return invalidCapability(ks, 2);
  }
  const fhCap = fhSlot.cap;
  if (!validFaultHandler(fhCap)) {
    userError(ks, fn, 1418, 'TCB Configure: fault endpoint cap invalid.');
    return invalidCapability(ks, 3);
  }
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  // invokeTCB_ThreadControlSched: fault handler, MCP, scheduling context, priority.
  const e = installTCBCap(ks, tcb, a.slot, McsTcbSlot.FaultHandler, fhCap, fhSlot);
  if (e !== Exception.None) return e;
  setMCPriority(tcb, Number(newMcp));
  if (sc !== null && sc !== tcb.schedContext) schedContextBindTCB(ks, sc, tcb);
  else if (sc === null && tcb.schedContext !== null) schedContextUnbindTCB(ks, tcb.schedContext, tcb);
  setPriority(ks, tcb, Number(newPrio));
  return Exception.None;
}

/** MCS TCBSetTimeoutEndpoint: the endpoint timeout faults are sent to. */
function decodeSetTimeoutEndpoint(ks: KernelState, a: DecodeArgs, tcb: Tcb): Exception {
  const thSlot = a.extraCaps[0];
  if (thSlot === null) {
    // seL4 16.0.0 prints SetSchedParams' text here and leaves current_syscall_error as it was.
    userError(ks, 'decodeSetTimeoutEndpoint', 1306, 'TCB SetSchedParams: Truncated message.');
    return Exception.SyscallError;
  }
  const thCap = thSlot.cap;
  if (!validFaultHandler(thCap)) {
    userError(ks, 'decodeSetTimeoutEndpoint', 1315, 'TCB SetTimeoutEndpoint: timeout endpoint cap invalid.');
    return invalidCapability(ks, 1);
  }
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  return installTCBCap(ks, tcb, a.slot, McsTcbSlot.TimeoutHandler, thCap, thSlot);
}
