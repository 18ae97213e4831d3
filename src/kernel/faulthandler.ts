// Delivering faults to fault handlers (seL4 src/kernel/faulthandler.c; manual §6.2.1 "Faults").
import type { KernelState } from './statedata.js';
import { Cap, CapTag, Fault, McsTcbSlot, Tcb, ThreadState, RIGHT_WRITE, RIGHT_GRANT, RIGHT_GRANT_REPLY } from './structures.js';
import { Exception } from './api/failures.js';
import { lookupCapAndSlot } from './cspace.js';
import { sendIPC } from './object/endpoint.js';
import { setThreadState } from './thread.js';
import { describeFault, getFaultIP } from './api/faults.js';
import { formatC, kprint, kprintf, tcbPtr } from './printf.js';
import { userStackTrace } from '../arch/riscv/kernel/vspace.js';

/** Send ks.currentFault of `t` to its fault handler, or make it inactive (seL4 handleFault). */
export function handleFault(ks: KernelState, t: Tcb): void {
  if (ks.config.mcs) {
    // MCS: the handler is a cap held in the TCB; the faulting thread's SC travels with the fault.
    if (!sendFaultIPCMCS(ks, t, t.slots[McsTcbSlot.FaultHandler].cap, t.schedContext !== null)) handleNoFaultHandler(ks, t);
    return;
  }
  const fault = ks.currentFault;
  if (sendFaultIPC(ks, t) !== Exception.None) handleDoubleFault(ks, t, fault);
}

/** MCS handleTimeout: the timeout fault goes to the timeout handler, without donating the SC. */
export function handleTimeout(ks: KernelState, t: Tcb): void {
  sendFaultIPCMCS(ks, t, t.slots[McsTcbSlot.TimeoutHandler].cap, false);
}

/** validTimeoutHandler: the TCB holds an endpoint cap as its timeout handler. */
export function validTimeoutHandler(t: Tcb): boolean {
  return t.slots[McsTcbSlot.TimeoutHandler].cap.tag === CapTag.Endpoint;
}

/** validFaultHandler (MCS TCB invocations): null, or an endpoint cap with Send and Grant or GrantReply. */
export function validFaultHandler(c: Cap): boolean {
  if (c.tag === CapTag.Null) return true;
  return c.tag === CapTag.Endpoint && (c.rights & RIGHT_WRITE) !== 0 && (c.rights & (RIGHT_GRANT | RIGHT_GRANT_REPLY)) !== 0;
}

function sendFaultIPCMCS(ks: KernelState, t: Tcb, h: Cap, canDonate: boolean): boolean {
  if (h.tag !== CapTag.Endpoint) return false;
  t.fault = ks.currentFault;
  if (ks.currentFault.kind === 'cap') t.lookupFailure = ks.currentFault.lookupFailure;
  sendIPC(ks, true, true, h.badge, (h.rights & RIGHT_GRANT) !== 0, true, t, h.obj, canDonate);
  return true;
}

/** seL4 printFault (its timeout case ends with a newline of its own). */
function printFault(ks: KernelState, f: Fault): void {
  kprint(ks, describeFault(f));
  if (f.kind === 'timeout') kprintf(ks, '\n');
}

function handleNoFaultHandler(ks: KernelState, t: Tcb): void {
  const f = ks.currentFault;
  if (ks.config.printing) {
    // seL4 handleNoFaultHandler's printf calls (MCS).
    kprintf(ks, 'Found thread has no fault handler while trying to handle:\n');
    printFault(ks, f);
  }
  faultedThreadStops(ks, t, f);
}

/** The common end of both reports: where the thread was, its stack, and the thread becomes inactive. */
function faultedThreadStops(ks: KernelState, t: Tcb, fault: Fault): void {
  if (ks.config.printing) {
    kprintf(ks, '\nin thread %p "%s" ', tcbPtr(t), t.name);
    kprintf(ks, 'at address %p\n', getFaultIP(t));
    kprintf(ks, 'With stack:\n');
    kprint(ks, userStackTrace(ks, t));
  }
  ks.unhandledFaults.push(`${describeFault(fault)} in thread "${t.name}" at address ${formatC('%p', [getFaultIP(t)])}`);
  setThreadState(ks, t, ThreadState.Inactive);
}

function sendFaultIPC(ks: KernelState, t: Tcb): Exception {
  const handlerCPtr = t.faultHandler;
  const lu = lookupCapAndSlot(t, handlerCPtr);
  if (lu.failure !== null) {
    ks.currentFault = { kind: 'cap', address: handlerCPtr, inReceivePhase: false, lookupFailure: lu.failure };
    return Exception.Fault;
  }
  const h = lu.cap;
  if (h.tag === CapTag.Endpoint && h.rights & RIGHT_WRITE && h.rights & (RIGHT_GRANT | RIGHT_GRANT_REPLY)) {
    t.fault = ks.currentFault;
    if (ks.currentFault.kind === 'cap') t.lookupFailure = ks.currentFault.lookupFailure;
    sendIPC(ks, true, true, h.badge, (h.rights & RIGHT_GRANT) !== 0, true, t, h.obj);
    return Exception.None;
  }
  ks.currentFault = { kind: 'cap', address: handlerCPtr, inReceivePhase: false, lookupFailure: { kind: 'missingCapability', bitsLeft: 0 } };
  return Exception.Fault;
}

function handleDoubleFault(ks: KernelState, t: Tcb, original: Fault): void {
  const second = ks.currentFault;
  if (ks.config.printing) {
    // seL4 handleDoubleFault's printf calls, one by one.
    kprintf(ks, 'Caught ');
    printFault(ks, second);
    kprintf(ks, '\nwhile trying to handle:\n');
    printFault(ks, original);
  }
  faultedThreadStops(ks, t, original);
}
