// A whole emulated qemu-riscv-virt system: memory, hart, kernel, and the loop that interleaves them in
// deterministic virtual time (1 instruction = 1 cycle of a 100 MHz core; the timer runs at 10 MHz).
import { PhysicalMemory, DEFAULT_RAM_SIZE } from './machine/memory.js';
import { Hart } from './machine/cpu.js';
import { KernelState, KernelConfig, DEFAULT_CONFIG } from './kernel/statedata.js';
import { ThreadState } from './kernel/structures.js';
import { bootSystem, BootResult } from './boot/boot.js';
import { handleTrap, handleTimerInterrupt } from './arch/riscv/traps.js';
import { activateThread } from './kernel/thread.js';
import { REG_SYSCALL } from './arch/riscv/registers.js';

export interface SystemOptions {
  ramSize?: number;
  cnodeBits?: number;
  /** DTB to pass instead of the generated one. */
  dtb?: Uint8Array;
  config?: Partial<KernelConfig>;
  /** Called for every console byte; default collects into `output`. */
  putchar?: (c: number) => void;
  /** Trace hook for syscalls and faults. */
  trace?: { syscalls?: boolean; faults?: boolean; write: (line: string) => void };
}

export const enum StopReason {
  /** DebugHalt, or every thread finished (inactive without an unhandled fault). */
  Halted = 'halted',
  Finished = 'finished',
  /** Every thread is blocked and nothing can wake one. */
  AllBlocked = 'blocked',
  InstructionLimit = 'insn-limit',
  /** A thread faulted with no handler and nothing else can run. */
  UnhandledFault = 'fault',
}

export interface RunResult {
  reason: StopReason;
  instructions: number;
  kernelEntries: number;
  /** Virtual time in cycles. */
  cycles: number;
  message: string;
}

const SYSCALL_NAMES: Record<number, string> = {
  [-1]: 'Call', [-2]: 'ReplyRecv', [-3]: 'Send', [-4]: 'NBSend', [-5]: 'Recv', [-6]: 'Reply', [-7]: 'Yield',
  [-8]: 'NBRecv', [-9]: 'DebugPutChar', [-10]: 'DebugDumpScheduler', [-11]: 'DebugHalt', [-12]: 'DebugCapIdentify',
  [-13]: 'DebugSnapshot', [-14]: 'DebugNameThread',
};

export class System {
  readonly mem: PhysicalMemory;
  readonly hart: Hart;
  readonly ks: KernelState;
  readonly boot: BootResult;
  readonly config: KernelConfig;
  /** Console bytes when no putchar hook is given. */
  private out: number[] = [];
  /** Virtual time in cycles (instructions plus time skipped while idle). */
  cycles = 0;
  instructions = 0;
  private readonly tickCycles: number;
  private nextTick: number;
  private readonly trace: SystemOptions['trace'];

  constructor(elf: Uint8Array, opts: SystemOptions = {}) {
    this.config = { ...DEFAULT_CONFIG, ...opts.config };
    this.mem = new PhysicalMemory(opts.ramSize ?? DEFAULT_RAM_SIZE);
    this.hart = new Hart(this.mem);
    this.hart.timeDivisor = this.config.cpuHz / this.config.timerHz;
    this.ks = new KernelState(this.mem, this.hart, this.config);
    this.ks.putchar = opts.putchar ?? ((c) => this.out.push(c));
    this.boot = bootSystem({
      elf,
      mem: this.mem,
      cnodeBits: opts.cnodeBits,
      dtb: opts.dtb,
      timeSlice: this.config.timeSlice,
      kernelState: this.ks,
    });
    // An all-invalid root table inside the kernel image: threads without a valid VSpace fault on every access.
    this.ks.globalRootPaddr = this.boot.kernelImage.end - 0x1000;
    this.mem.zero(this.ks.globalRootPaddr, 0x1000);
    // As at the end of seL4's init_kernel: load the rootserver's address space.
    activateThread(this.ks);
    this.tickCycles = Math.round((this.config.tickMs * this.config.cpuHz) / 1000);
    this.nextTick = this.tickCycles;
    this.trace = opts.trace;
  }

  /** Console output collected so far (when no putchar hook was given). */
  output(): string {
    return Buffer.from(this.out).toString('latin1');
  }

  /** Run until halt, deadlock, an unhandled fault with nothing else to run, or maxInsns more instructions. */
  run(maxInsns = Number.MAX_SAFE_INTEGER): RunResult {
    const ks = this.ks;
    const hart = this.hart;
    const limit = this.instructions + maxInsns;
    let reason: StopReason | null = null;
    while (reason === null) {
      if (ks.halted) {
        reason = StopReason.Halted;
        break;
      }
      const cur = ks.curThread;
      if (cur === ks.idleThread) {
        // Only interrupts can wake a thread now; without pending device events nothing ever will.
        reason = this.idleReason();
        break;
      }
      if (this.instructions >= limit) {
        reason = StopReason.InstructionLimit;
        break;
      }
      hart.regs = cur.regs;
      hart.fpuEnabled = (cur.flags & 1n) === 0n;
      const budget = Math.min(this.nextTick - this.cycles, limit - this.instructions);
      const n = hart.run(budget);
      this.instructions += n;
      this.cycles += n;
      if (hart.trapped) {
        hart.clearReservation();
        if (this.trace !== undefined) this.traceTrap(hart.scause);
        handleTrap(ks, hart.scause, hart.stvalLo, hart.stvalHi);
      }
      if (this.cycles >= this.nextTick) {
        this.nextTick += this.tickCycles;
        handleTimerInterrupt(ks);
      }
    }
    return {
      reason,
      instructions: this.instructions,
      kernelEntries: ks.entries,
      cycles: this.cycles,
      message: this.stopMessage(reason),
    };
  }

  private idleReason(): StopReason {
    let blocked = false;
    for (const t of this.ks.threads) {
      if (t.state !== ThreadState.Inactive && t !== this.ks.idleThread) blocked = true;
    }
    if (this.ks.unhandledFaults.length > 0) return StopReason.UnhandledFault;
    return blocked ? StopReason.AllBlocked : StopReason.Finished;
  }

  private stopMessage(r: StopReason): string {
    switch (r) {
      case StopReason.Halted: return this.ks.haltReason;
      case StopReason.Finished: return 'every thread has finished';
      case StopReason.AllBlocked: return 'every thread is blocked';
      case StopReason.InstructionLimit: return `instruction limit reached (${this.instructions} instructions)`;
      case StopReason.UnhandledFault: return `unhandled fault: ${this.ks.unhandledFaults[this.ks.unhandledFaults.length - 1]}`;
    }
  }

  private traceTrap(scause: number): void {
    const tr = this.trace!;
    const t = this.ks.curThread;
    const pc = t.regs.getPC();
    if (scause === 8) {
      if (!tr.syscalls) return;
      const lo = t.regs.xlo[REG_SYSCALL];
      const name = t.regs.xhi[REG_SYSCALL] === -1 ? SYSCALL_NAMES[lo] : undefined;
      tr.write(`[${this.cycles}] syscall ${name ?? 'unknown ' + t.regs.getX(REG_SYSCALL)} from "${t.name}" @0x${pc.toString(16)} a0=0x${t.regs.getX(10).toString(16)} a1=0x${t.regs.getX(11).toString(16)}`);
    } else if (tr.faults) {
      tr.write(`[${this.cycles}] fault scause=${scause} stval=0x${((BigInt(this.hart.stvalHi >>> 0) << 32n) | BigInt(this.hart.stvalLo >>> 0)).toString(16)} in "${t.name}" @0x${pc.toString(16)}`);
    }
  }
}
