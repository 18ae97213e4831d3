// Kernel entry for interrupts (seL4 c_handle_interrupt → handleInterruptEntry, src/api/syscall.c): find the
// active IRQ (claiming it at the PLIC), handle it (timer tick or signal to the handler's notification), then
// schedule and return to user level. The interrupted thread resumes at the instruction it was about to execute.
import type { KernelState } from './statedata.js';
import { getActiveIRQ, handleSpuriousIRQ, irqInvalid } from '../arch/riscv/machine/hardware.js';
import { handleInterrupt } from './object/interrupt.js';
import { activateThread, checkBudget, schedule, updateTimestamp } from './thread.js';
import { userError } from './printf.js';
import { setKernelMonitor } from './monitor.js';

export function handleInterruptEntry(ks: KernelState): void {
  const m = ks.monitor;
  if (m === null) {
    interruptEntry(ks);
    return;
  }
  setKernelMonitor(m);
  m.enter(ks, true);
  interruptEntry(ks);
  m.exit(ks);
  setKernelMonitor(null);
}

function interruptEntry(ks: KernelState): void {
  const t = ks.curThread;
  ks.entries++;
  // For interrupts FaultIP = NextIP = sepc (fact sheet §2.1).
  t.faultIPLo = t.regs.pcLo;
  t.faultIPHi = t.regs.pcHi;
  if (ks.config.mcs) {
    updateTimestamp(ks);
    checkBudget(ks);
  }
  const irq = getActiveIRQ(ks);
  if (irq !== irqInvalid) {
    handleInterrupt(ks, irq);
  } else {
    userError(ks, 'checkInterrupt', 59, 'Spurious interrupt!'); // CONFIG_IRQ_REPORTING
    handleSpuriousIRQ(ks);
  }
  schedule(ks);
  activateThread(ks);
}
