// Kernel entry from user mode on riscv64 (seL4 src/arch/riscv/c_traps.c, traps.S, kernel/vspace.c handleVMFault).
// The hart stopped on a trap with pc = sepc; record FaultIP/NextIP and dispatch as seL4 does.
import type { KernelState } from '../../kernel/statedata.js';
import { Cause, REG_SYSCALL } from './registers.js';
import { handleSyscallEntry } from '../../kernel/api/syscall.js';
import { handleFault } from '../../kernel/faulthandler.js';
import { activateThread, checkBudgetRestart, schedule, updateTimestamp } from '../../kernel/thread.js';
import { setKernelMonitor } from '../../kernel/monitor.js';

/** Synchronous trap of the current thread (ecall or exception). */
export function handleTrap(ks: KernelState, scause: number, stvalLo: number, stvalHi: number): void {
  const m = ks.monitor;
  if (m === null) {
    trapEntry(ks, scause, stvalLo, stvalHi);
    return;
  }
  setKernelMonitor(m);
  m.enter(ks, false);
  trapEntry(ks, scause, stvalLo, stvalHi);
  m.exit(ks);
  setKernelMonitor(null);
}

function trapEntry(ks: KernelState, scause: number, stvalLo: number, stvalHi: number): void {
  const t = ks.curThread;
  const r = t.regs;
  ks.entries++;
  t.faultIPLo = r.pcLo;
  t.faultIPHi = r.pcHi;
  if (scause === Cause.UserEnvCall) {
    // NextIP = FaultIP + 4 (fact sheet §2.1).
    const lo = (r.pcLo >>> 0) + 4;
    r.pcLo = lo | 0;
    if (lo > 0xffffffff) r.pcHi = (r.pcHi + 1) | 0;
    handleSyscallEntry(ks, r.xlo[REG_SYSCALL], r.xhi[REG_SYSCALL]);
    return;
  }
  const addr = BigInt.asUintN(64, (BigInt(stvalHi) << 32n) | BigInt(stvalLo >>> 0));
  switch (scause) {
    case Cause.LoadAccessFault:
    case Cause.LoadPageFault:
      ks.currentFault = { kind: 'vm', address: addr, fsr: Cause.LoadAccessFault, instructionFault: false };
      break;
    case Cause.StoreAccessFault:
    case Cause.StorePageFault:
      ks.currentFault = { kind: 'vm', address: addr, fsr: Cause.StoreAccessFault, instructionFault: false };
      break;
    case Cause.InstructionAccessFault:
    case Cause.InstructionPageFault:
      ks.currentFault = { kind: 'vm', address: addr, fsr: Cause.InstructionAccessFault, instructionFault: true };
      break;
    default:
      // handleUserLevelFault: Number = scause, Code = 0.
      ks.currentFault = { kind: 'userException', number: scause, code: 0 };
      break;
  }
  // MCS_DO_IF_BUDGET: a thread out of budget only has its time charged; the fault recurs when it runs again.
  if (!ks.config.mcs) handleFault(ks, t);
  else {
    updateTimestamp(ks);
    if (checkBudgetRestart(ks)) handleFault(ks, t);
  }
  schedule(ks);
  activateThread(ks);
}
