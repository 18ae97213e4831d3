// Kernel side of interrupt hardware on riscv64 qemu-riscv-virt (seL4 src/arch/riscv/machine/hardware.c and the
// PLIC driver include/drivers/irq/riscv_plic0.h). The kernel talks to the PLIC through its registers, as seL4
// does through its kernel device mapping, and to the hart through sip/sie and the SBI timer (ks.machine).
//
// IRQ flow on qemu-riscv-virt (hardware.c): getActiveIRQ claims the PLIC interrupt and, to work around a QEMU
// PLIC bug, completes the claim at once; user-level IRQs are never masked/unmasked around delivery, and
// IRQHandler_Ack does nothing on this platform (invokeIRQHandler_AckIRQ only completes the claim on other PLIC
// platforms). Masking happens only through setIRQState (IRQ issued: unmasked; handler deleted: masked).
import type { KernelState } from '../../../kernel/statedata.js';

export const PLIC_PADDR = 0xc000000;
/** PLIC_MAX_IRQ of qemu-riscv-virt (config.cmake MAX_IRQ 95). */
export const PLIC_MAX_IRQ = 95;
export const PLIC_PRIO = 0x0;
export const PLIC_PRIO_PER_ID = 0x4;
export const PLIC_PENDING = 0x1000;
export const PLIC_EN = 0x2000;
export const PLIC_EN_PER_HART = 0x100;
export const PLIC_EN_PER_CONTEXT = 0x80;
export const PLIC_THRES = 0x200000;
export const PLIC_SVC_CONTEXT = 1;
export const PLIC_THRES_PER_HART = 0x2000;
export const PLIC_THRES_PER_CONTEXT = 0x1000;
export const PLIC_THRES_CLAIM = 0x4;
const PLIC_HART_ID = 0;

export const SIP_STIP = 5;
export const SIP_SEIP = 9;
export const SIE_STIE = 5;
export const SIE_SEIE = 9;
export const irqInvalid = 0;
export const MS_IN_S = 1000;

function readl(ks: KernelState, off: number): number {
  return ks.mem.deviceRead(PLIC_PADDR + off, 4) >>> 0;
}

function writel(ks: KernelState, v: number, off: number): void {
  ks.mem.deviceWrite(PLIC_PADDR + off, 4, v | 0, 0);
}

const plicEnableOffset = (hart: number, ctx: number) => PLIC_EN + hart * PLIC_EN_PER_HART + ctx * PLIC_EN_PER_CONTEXT;
const plicThresOffset = (hart: number, ctx: number) => PLIC_THRES + hart * PLIC_THRES_PER_HART + ctx * PLIC_THRES_PER_CONTEXT;
const plicClaimOffset = (hart: number, ctx: number) => plicThresOffset(hart, ctx) + PLIC_THRES_CLAIM;

export function plicPendingInterrupt(ks: KernelState, irq: number): boolean {
  return ((readl(ks, PLIC_PENDING + Math.floor(irq / 32) * 4) >>> (irq % 32)) & 1) !== 0;
}

export function plicGetClaim(ks: KernelState): number {
  return readl(ks, plicClaimOffset(PLIC_HART_ID, PLIC_SVC_CONTEXT));
}

export function plicCompleteClaim(ks: KernelState, irq: number): void {
  writel(ks, irq, plicClaimOffset(PLIC_HART_ID, PLIC_SVC_CONTEXT));
}

export function plicMaskIrq(ks: KernelState, disable: boolean, irq: number): void {
  const off = plicEnableOffset(PLIC_HART_ID, PLIC_SVC_CONTEXT) + Math.floor(irq / 32) * 4;
  const bit = 1 << (irq % 32);
  let val = readl(ks, off);
  val = disable ? val & ~bit : val | bit;
  writel(ks, val, off);
}

/** plic_irq_set_trigger: the qemu-riscv-virt PLIC has no trigger configuration; the driver's function is empty. */
export function plicIrqSetTrigger(_ks: KernelState, _irq: number, _edgeTriggered: boolean): void {}

export function plicInitHart(ks: KernelState): void {
  for (let i = 1; i <= PLIC_MAX_IRQ; i++) plicMaskIrq(ks, true, i);
  writel(ks, 0, plicThresOffset(PLIC_HART_ID, PLIC_SVC_CONTEXT));
}

export function plicInitController(ks: KernelState): void {
  for (let i = 1; i <= PLIC_MAX_IRQ; i++) {
    if (plicPendingInterrupt(ks, i)) {
      readl(ks, plicClaimOffset(PLIC_HART_ID, PLIC_SVC_CONTEXT));
      writel(ks, i, plicClaimOffset(PLIC_HART_ID, PLIC_SVC_CONTEXT));
    }
    plicMaskIrq(ks, true, i);
  }
  writel(ks, 0, plicThresOffset(PLIC_HART_ID, PLIC_SVC_CONTEXT));
  // seL4 sets the priority of every source 1..PLIC_MAX_IRQ to 2. (Before seL4 PR #1351 the loop ran to
  // PLIC_MAX_IRQ + 1 and wrote one register past the last source; 16.0.0 stops at PLIC_MAX_IRQ.)
  for (let i = 1; i <= PLIC_MAX_IRQ; i++) writel(ks, 2, PLIC_PRIO + PLIC_PRIO_PER_ID * i);
}

/** KERNEL_TIMER_IRQ = INTERRUPT_CORE_TIMER = maxIRQ on a uniprocessor. */
export function kernelTimerIRQ(ks: KernelState): number {
  return ks.config.maxIRQ;
}

export function isIRQValid(ks: KernelState, irq: number): boolean {
  return irq <= ks.config.maxIRQ && irq !== irqInvalid;
}

/** The IRQ being handled, claiming a new one from sip if none is active (hardware.c getActiveIRQ). */
export function getActiveIRQ(ks: KernelState): number {
  if (isIRQValid(ks, ks.activeIRQ)) return ks.activeIRQ;
  const sip = ks.machine.readSip();
  let irq: number;
  if ((sip & (1 << SIP_SEIP)) !== 0) {
    irq = plicGetClaim(ks);
    // CONFIG_PLAT_QEMU_RISCV_VIRT: complete the claim at once.
    plicCompleteClaim(ks, irq);
  } else if ((sip & (1 << SIP_STIP)) !== 0) {
    irq = kernelTimerIRQ(ks);
  } else {
    irq = irqInvalid;
  }
  if (!isIRQValid(ks, irq)) return irqInvalid;
  ks.activeIRQ = irq;
  return irq;
}

/** isIRQPending: a timer or external interrupt would be taken on return to user level. */
export function isIRQPending(ks: KernelState): boolean {
  return (ks.machine.readSip() & ((1 << SIP_STIP) | (1 << SIP_SEIP))) !== 0;
}

export function maskInterrupt(ks: KernelState, disable: boolean, irq: number): void {
  if (irq === kernelTimerIRQ(ks)) ks.machine.setSie(1 << SIE_STIE, !disable);
  else plicMaskIrq(ks, disable, irq);
}

export function ackInterrupt(ks: KernelState, _irq: number): void {
  ks.activeIRQ = irqInvalid;
}

export function setIRQTrigger(ks: KernelState, irq: number, edgeTriggered: boolean): void {
  plicIrqSetTrigger(ks, irq, edgeTriggered);
}

/** RESET_CYCLES: timer ticks per kernel tick. */
export function resetCycles(ks: KernelState): number {
  return (ks.config.timerHz / MS_IN_S) * ks.config.tickMs;
}

/** Non-MCS resetTimer: next tick one period after now (retrying if the deadline already passed). */
export function resetTimer(ks: KernelState): void {
  let target: number;
  do {
    target = ks.machine.readTime() + resetCycles(ks);
    ks.machine.setTimer(target);
  } while (ks.machine.readTime() > target);
}

export function initTimer(ks: KernelState): void {
  // MCS is tickless: the scheduler programs each deadline.
  if (ks.config.mcs) return;
  ks.machine.setTimer(ks.machine.readTime() + resetCycles(ks));
}

export function initLocalIRQController(ks: KernelState): void {
  plicInitHart(ks);
  ks.machine.setSie((1 << SIE_SEIE) | (1 << SIE_STIE), true);
}

export function initIRQController(ks: KernelState): void {
  ks.activeIRQ = irqInvalid;
  plicInitController(ks);
}

/** Nothing to do on riscv (16.0.0 no longer prints the "Superior IRQ!!" line older releases printed here). */
export function handleSpuriousIRQ(_ks: KernelState): void {}
