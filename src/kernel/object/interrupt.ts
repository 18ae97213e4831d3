// IRQ control and IRQ handlers (seL4 src/object/interrupt.c and src/arch/riscv/object/interrupt.c;
// manual §9.2 "Interrupt Delivery", fact sheet §5.4/§5.5).
//
// IRQControl_Get / GetTrigger hand out an IRQHandler cap for one IRQ (a child of the IRQ control cap) and unmask
// the IRQ at the PLIC. IRQHandler_SetNotification copies a notification cap into the kernel's IRQ node slot for
// that IRQ (intStateIRQNode); the kernel signals it (with the cap's badge) whenever the IRQ fires.
// IRQHandler_Clear deletes that copy. IRQHandler_Ack is a no-op on qemu-riscv-virt. Deleting the last handler cap
// deletes the IRQ node's notification cap and, once the slot is empty, makes the IRQ inactive (masked).
import type { KernelState } from '../statedata.js';
import { IRQState } from '../statedata.js';
import { CapTag, Cte, ThreadState, RIGHT_WRITE } from '../structures.js';
import { Exception, SeL4Error } from '../api/failures.js';
import { Label } from '../api/labels.js';
import { DecodeArgs, lookupErrorFrom, rangeError, syscallErr, invalidCapability } from './decode.js';
import { userError, kprintf } from '../printf.js';
import { setThreadState, timerTick } from '../thread.js';
import { lookupSlotForCNodeOp } from '../cspace.js';
import { cteDeleteOne, cteInsert, ensureEmptySlot } from './cnode.js';
import { sendSignal } from './notification.js';
import { IPCBUF_CAPS_OR_BADGES } from '../message.js';
import {
  ackInterrupt, maskInterrupt, resetTimer, setIRQTrigger, irqInvalid,
} from '../../arch/riscv/machine/hardware.js';

/** getExtraCPtr(buffer, i): the CPtr of extra cap i as the caller wrote it in its IPC buffer. */
function getExtraCPtr(ks: KernelState, a: DecodeArgs, i: number): bigint {
  if (a.buffer < 0) return 0n;
  return ks.mem.read64(a.buffer + 8 * (IPCBUF_CAPS_OR_BADGES + i));
}

export function isIRQActive(ks: KernelState, irq: number): boolean {
  return ks.irqStates[irq] !== IRQState.Inactive;
}

export function setIRQState(ks: KernelState, state: IRQState, irq: number): void {
  ks.irqStates[irq] = state;
  maskInterrupt(ks, state === IRQState.Inactive, irq);
}

/** Arch_checkIRQ (riscv): 1..maxIRQ. */
function archCheckIRQ(ks: KernelState, irqW: bigint): Exception {
  const maxIRQ = ks.config.maxIRQ;
  if (irqW > BigInt(maxIRQ) || irqW === BigInt(irqInvalid)) {
    userError(ks, 'Arch_checkIRQ', 19, 'Rejecting request for IRQ %u. IRQ is out of range [1..%u].', irqW, maxIRQ);
    return rangeError(ks, 1, maxIRQ);
  }
  return Exception.None;
}

type IssueCaller = 'decodeIRQControlInvocation' | 'Arch_decodeIRQControlInvocation';
/** The lines of the three userErrors below in each caller (seL4 16.0.0 src/object/interrupt.c, src/arch/riscv/object/interrupt.c). */
const ISSUE_LINES: Record<IssueCaller, readonly [number, number, number]> = {
  decodeIRQControlInvocation: [52, 58, 66],
  Arch_decodeIRQControlInvocation: [63, 69, 78],
};

/**
 * The checks shared by IRQIssueIRQHandler and RISCVIRQIssueIRQHandlerTrigger, after the argument count: the IRQ,
 * whether it is free, the destination slot. Returns the destination slot or null with the error set.
 */
function checkIssue(
  ks: KernelState, a: DecodeArgs, fn: IssueCaller, irqW: bigint, index: bigint, depth: bigint,
): Cte | null {
  const lines = ISSUE_LINES[fn];
  const status = archCheckIRQ(ks, irqW);
  if (status !== Exception.None) return null;
  const irq = Number(irqW);
  if (isIRQActive(ks, irq)) {
    ks.syscallError.type = SeL4Error.RevokeFirst;
    userError(ks, fn, lines[0], 'Rejecting request for IRQ %u. Already active.', irq);
    return null;
  }
  const cnodeCap = a.extraCaps[0]!.cap;
  // lookupTargetSlot: the slot is a destination (failedLookupWasSource = false).
  const lu = lookupSlotForCNodeOp(cnodeCap, index, depth);
  if (!lu.ok) {
    userError(ks, fn, lines[1], 'Target slot for new IRQ Handler cap invalid: cap %lu, IRQ %u.', getExtraCPtr(ks, a, 0), irq);
    lookupErrorFrom(ks, lu, false);
    return null;
  }
  if (ensureEmptySlot(ks, lu.slot) !== Exception.None) {
    userError(ks, fn, lines[2], 'Target slot for new IRQ Handler cap not empty: cap %lu, IRQ %u.', getExtraCPtr(ks, a, 0), irq);
    return null;
  }
  return lu.slot;
}

/** IRQControl invocations (manual §9.2; fact sheet §5.4 IRQIssueIRQHandler, §5.5 RISCVIRQIssueIRQHandlerTrigger). */
export function decodeIRQControlInvocation(ks: KernelState, a: DecodeArgs): Exception {
  if (a.label === Label.IRQIssueIRQHandler) {
    if (a.length < 3 || a.extraCaps[0] === null) return syscallErr(ks, SeL4Error.TruncatedMessage);
    const irqW = a.arg(0);
    const index = a.arg(1);
    const depth = a.arg(2);
    const dest = checkIssue(ks, a, 'decodeIRQControlInvocation', irqW, index, depth);
    if (dest === null) return Exception.SyscallError;
    setThreadState(ks, ks.curThread, ThreadState.Restart);
    return invokeIRQControl(ks, Number(irqW), dest, a.slot);
  }
  return archDecodeIRQControlInvocation(ks, a);
}

/** Arch_decodeIRQControlInvocation (riscv): IRQControl_GetTrigger. */
function archDecodeIRQControlInvocation(ks: KernelState, a: DecodeArgs): Exception {
  if (a.label === Label.RISCVIRQIssueIRQHandlerTrigger) {
    if (a.length < 4 || a.extraCaps[0] === null) return syscallErr(ks, SeL4Error.TruncatedMessage);
    // HAVE_SET_TRIGGER is defined by the PLIC driver, so the "not supported" branch never applies here.
    const irqW = a.arg(0);
    const trigger = a.arg(1) !== 0n;
    const index = a.arg(2);
    const depth = a.arg(3);
    const dest = checkIssue(ks, a, 'Arch_decodeIRQControlInvocation', irqW, index, depth);
    if (dest === null) return Exception.SyscallError;
    setThreadState(ks, ks.curThread, ThreadState.Restart);
    setIRQTrigger(ks, Number(irqW), trigger);
    return invokeIRQControl(ks, Number(irqW), dest, a.slot);
  }
  return syscallErr(ks, SeL4Error.IllegalOperation);
}

export function invokeIRQControl(ks: KernelState, irq: number, handlerSlot: Cte, controlSlot: Cte): Exception {
  setIRQState(ks, IRQState.Signal, irq);
  cteInsert(ks, { tag: CapTag.IRQHandler, irq }, controlSlot, handlerSlot);
  return Exception.None;
}

/** IRQHandler invocations (manual §9.2). */
export function decodeIRQHandlerInvocation(ks: KernelState, a: DecodeArgs): Exception {
  const cap = a.cap;
  if (cap.tag !== CapTag.IRQHandler) return syscallErr(ks, SeL4Error.InvalidCapability);
  const irq = cap.irq;
  switch (a.label) {
    case Label.IRQAckIRQ:
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      invokeIRQHandlerAckIRQ(ks, irq);
      return Exception.None;
    case Label.IRQSetIRQHandler: {
      const slot = a.extraCaps[0];
      if (slot === null) return syscallErr(ks, SeL4Error.TruncatedMessage);
      const ntfnCap = slot.cap;
      if (ntfnCap.tag !== CapTag.Notification || (ntfnCap.rights & RIGHT_WRITE) === 0) {
        if (ntfnCap.tag !== CapTag.Notification) {
          userError(ks, 'decodeIRQHandlerInvocation', 108, 'IRQSetHandler: provided cap is not an notification capability.');
        } else {
          userError(ks, 'decodeIRQHandlerInvocation', 110, 'IRQSetHandler: caller does not have send rights on the endpoint.');
        }
        return invalidCapability(ks, 0);
      }
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      invokeIRQHandlerSetIRQHandler(ks, irq, slot);
      return Exception.None;
    }
    case Label.IRQClearIRQHandler:
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      invokeIRQHandlerClearIRQHandler(ks, irq);
      return Exception.None;
    default:
      userError(ks, 'decodeIRQHandlerInvocation', 128, 'IRQHandler: Illegal operation.');
      return syscallErr(ks, SeL4Error.IllegalOperation);
  }
}

/**
 * On qemu-riscv-virt the kernel completed the PLIC claim when it took the interrupt (QEMU PLIC workaround in
 * getActiveIRQ), and RISC-V never masks user IRQs around delivery: there is nothing left to do.
 */
export function invokeIRQHandlerAckIRQ(_ks: KernelState, _irq: number): void {}

export function invokeIRQHandlerSetIRQHandler(ks: KernelState, irq: number, slot: Cte): void {
  const irqSlot = ks.intStateIRQNode[irq];
  cteDeleteOne(ks, irqSlot);
  cteInsert(ks, slot.cap, slot, irqSlot);
}

export function invokeIRQHandlerClearIRQHandler(ks: KernelState, irq: number): void {
  cteDeleteOne(ks, ks.intStateIRQNode[irq]);
}

/** The last handler cap of an IRQ is being deleted: drop the notification it signals (seL4 deletingIRQHandler). */
export function deletingIRQHandler(ks: KernelState, irq: number): void {
  cteDeleteOne(ks, ks.intStateIRQNode[irq]);
}

/** The last handler cap is gone (postCapDeletion): the IRQ is free again and masked (seL4 deletedIRQHandler). */
export function deletedIRQHandler(ks: KernelState, irq: number): void {
  setIRQState(ks, IRQState.Inactive, irq);
}

/** handleReservedIRQ (include/arch/riscv/arch/object/interrupt.h): only reported (CONFIG_IRQ_REPORTING). */
function handleReservedIRQ(ks: KernelState, irq: number): void {
  if (ks.config.printing) kprintf(ks, 'Received unhandled reserved IRQ: %d\n', irq);
}

/** A device or timer interrupt was taken (seL4 handleInterrupt; the caller schedules afterwards). */
export function handleInterrupt(ks: KernelState, irq: number): void {
  const maxIRQ = ks.config.maxIRQ;
  if (irq > maxIRQ) {
    if (ks.config.printing) kprintf(ks, 'Received IRQ %d, which is above the platforms maxIRQ of %d\n', irq, maxIRQ);
    maskInterrupt(ks, true, irq);
    ackInterrupt(ks, irq);
    return;
  }
  switch (ks.irqStates[irq]) {
    case IRQState.Signal: {
      const cap = ks.intStateIRQNode[irq].cap;
      if (cap.tag === CapTag.Notification && (cap.rights & RIGHT_WRITE) !== 0) {
        sendSignal(ks, cap.obj, cap.badge);
      } else if (ks.config.printing) {
        // CONFIG_IRQ_REPORTING (on in printing builds).
        kprintf(ks, 'Undelivered IRQ: %d\n', irq);
      }
      // RISC-V does not mask the IRQ here (hardware.c: claims are completed instead).
      break;
    }
    case IRQState.Timer:
      if (ks.config.mcs) {
        // Tickless: the deadline was a budget expiry or a release; schedule() programs the next one.
        ks.reprogram = true;
      } else {
        timerTick(ks);
        resetTimer(ks);
      }
      break;
    case IRQState.Reserved:
      // Nothing is reserved on a uniprocessor riscv64, but the state exists: seL4 reports it.
      handleReservedIRQ(ks, irq);
      break;
    case IRQState.Inactive:
      maskInterrupt(ks, true, irq);
      if (ks.config.printing) kprintf(ks, 'Received disabled IRQ: %d\n', irq);
      break;
  }
  ackInterrupt(ks, irq);
}
