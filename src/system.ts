// A whole emulated qemu-riscv-virt system: memory, hart, devices, kernel, and the loop that interleaves them in
// deterministic virtual time (1 instruction = 1 cycle of a 100 MHz core; the timer runs at 10 MHz).
//
// The loop runs the current thread for a budget of instructions that ends at the next thing that can happen:
// the kernel's timer tick, the next device event, or an MMIO access (the CPU stops before each device access so
// that devices always see the exact virtual time; the access then runs as a one-instruction step). Between
// budgets, due device events run and pending interrupts are taken (external before timer, as seL4's
// getActiveIRQ does). When the idle thread is current, virtual time jumps to the next event or tick instead of
// executing anything; the run stops as "all blocked" only when no event can ever come.
import { PhysicalMemory, DEFAULT_RAM_SIZE } from './machine/memory.js';
import { Hart } from './machine/cpu.js';
import { EventQueue } from './machine/events.js';
import { Board } from './machine/devices/board.js';
import type { PowerRequest } from './machine/devices/sifive-test.js';
import { BlockBackend, MemoryBackend, LostReport, requestTypeName } from './machine/devices/virtio-blk.js';
import type { DiskModelName } from './machine/devices/disk-model.js';
import type { HeartOptions } from './machine/devices/heart.js';
import { makeVirtDtb } from './boot/fdt.js';
import { KernelState, KernelConfig, DEFAULT_CONFIG, MachineHooks } from './kernel/statedata.js';
import { ThreadState, cnodesToPrune, pruneCNodes } from './kernel/structures.js';
import { bootSystem, BootResult } from './boot/boot.js';
import { handleTrap } from './arch/riscv/traps.js';
import { checkInvariants } from './kernel/invariants.js';
import { activateThread, schedule } from './kernel/thread.js';
import { setVMRoot } from './arch/riscv/kernel/vspace.js';
import { handleInterruptEntry } from './kernel/interrupt.js';
import {
  initIRQController, initLocalIRQController, initTimer, isIRQPending, SIP_SEIP, SIP_STIP, SIE_SEIE, SIE_STIE,
} from './arch/riscv/machine/hardware.js';
import { REG_SYSCALL } from './arch/riscv/registers.js';
import { isSupportedABI } from './kernel/api/labels.js';
import { BootError } from './boot/errors.js';

export interface SystemOptions {
  ramSize?: number;
  /** Check the kernel invariants after every kernel entry (slow; a violation is a sel4ts bug and throws). */
  checkInvariants?: boolean;
  cnodeBits?: number;
  /** DTB to pass instead of the generated one. */
  dtb?: Uint8Array;
  config?: Partial<KernelConfig>;
  /** Called for every console byte (kernel debug output and UART transmit); default collects into `output`. */
  putchar?: (c: number) => void;
  /** Trace hook for syscalls, faults and interrupts. */
  trace?: { syscalls?: boolean; faults?: boolean; interrupts?: boolean; write: (line: string) => void };
  /** Bytes the UART receives; a function is called when the guest first touches the UART. */
  serialInput?: Uint8Array | (() => Uint8Array);
  /** Disk image behind the virtio-blk device: bytes (kept in memory) or a backend (the CLI's host file). */
  disk?: Uint8Array | BlockBackend;
  /** Disk timing model (default ram). */
  diskModel?: DiskModelName;
  /** Volatile write cache in the disk (default off). */
  diskWriteCache?: boolean;
  /** Virtual time in ns at which mains power fails (installs the power-fail line device). */
  powerFailAtNs?: number;
  /** Hold-up time after the power failure, ms (default 100). */
  holdupMs?: number;
  /** Input can arrive from outside at any time (interactive use): never stop as "all blocked". */
  externalInput?: boolean;
  /** Install the virtual patient (src/machine/devices/heart.ts) and describe it in the generated device tree. */
  heart?: HeartOptions;
  /** /chosen/bootargs of the generated device tree. */
  bootargs?: string;
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
  /** The guest powered the machine off through the sifive test device (exitCode holds its code). */
  PowerOff = 'poweroff',
  /** The guest asked for a reset (not supported: the machine stops). */
  Reset = 'reset',
  /** The hold-up time after a power failure ran out. */
  PowerLost = 'power-lost',
  /** The virtual-time limit of this run() call was reached (the run can be continued). */
  TimeLimit = 'time-limit',
  /** An attached debugger stopped the hart (hart.debug says why; the run can be continued). */
  Debug = 'debug',
}

export interface PowerLossReport {
  /** Virtual times in cycles. */
  failedAt: number;
  lostAt: number;
  holdupMs: number;
  /** What the disk had not made durable (null without a disk). */
  disk: LostReport | null;
}

export interface RunResult {
  reason: StopReason;
  instructions: number;
  kernelEntries: number;
  /** Virtual time in cycles. */
  cycles: number;
  message: string;
  /** PowerOff: the code the guest gave (0 = pass). */
  exitCode?: number;
  powerLoss?: PowerLossReport;
}

const SYSCALL_NAMES: Record<number, string> = {
  [-1]: 'Call', [-2]: 'ReplyRecv', [-3]: 'Send', [-4]: 'NBSend', [-5]: 'Recv', [-6]: 'Reply', [-7]: 'Yield',
  [-8]: 'NBRecv', [-9]: 'DebugPutChar', [-10]: 'DebugDumpScheduler', [-11]: 'DebugHalt', [-12]: 'DebugCapIdentify',
  [-13]: 'DebugSnapshot', [-14]: 'DebugNameThread',
};
const MCS_SYSCALL_NAMES: Record<number, string> = {
  [-1]: 'Call', [-2]: 'ReplyRecv', [-3]: 'NBSendRecv', [-4]: 'NBSendWait', [-5]: 'Send', [-6]: 'NBSend', [-7]: 'Recv',
  [-8]: 'NBRecv', [-9]: 'Wait', [-10]: 'NBWait', [-11]: 'Yield', [-12]: 'DebugPutChar', [-13]: 'DebugDumpScheduler',
  [-14]: 'DebugHalt', [-15]: 'DebugCapIdentify', [-16]: 'DebugSnapshot', [-17]: 'DebugNameThread',
};

export class System {
  readonly mem: PhysicalMemory;
  readonly hart: Hart;
  readonly ks: KernelState;
  readonly boot: BootResult;
  readonly config: KernelConfig;
  readonly events = new EventQueue();
  readonly board: Board;
  /** Console bytes when no putchar hook is given. */
  private out: number[] = [];
  /** Virtual time in cycles (instructions plus time skipped while idle). */
  cycles = 0;
  instructions = 0;
  private readonly checkInvariantsEachEntry: boolean;
  /** Device interrupts taken (kernel entries for a PLIC source) and timer ticks taken. */
  deviceInterrupts = 0;
  timerInterrupts = 0;
  /** SBI timer deadline in timer ticks (the kernel programs it through resetTimer). */
  private timerDeadline = Infinity;
  private sie = 0;
  /** Set by devices (power-off, reset, power lost): the loop stops at the next boundary. */
  private stopRequest: { reason: StopReason; message: string; exitCode?: number } | null = null;
  private powerLoss: PowerLossReport | null = null;
  /** The last run stopped before an MMIO instruction: execute it alone, with device access armed. */
  private ioNext = false;
  private finished = false;
  private readonly trace: SystemOptions['trace'];
  /** Input can arrive from outside at any time (set false when it ends). */
  externalInput: boolean;

  constructor(elf: Uint8Array, opts: SystemOptions = {}) {
    this.config = { ...DEFAULT_CONFIG, ...opts.config };
    if (!isSupportedABI(this.config.abi)) throw new BootError(`unsupported seL4 ABI ${String(this.config.abi)} (expected 13, 14 or 16)`);
    const ramSize = opts.ramSize ?? DEFAULT_RAM_SIZE;
    this.mem = new PhysicalMemory(ramSize);
    this.hart = new Hart(this.mem);
    this.hart.timeDivisor = this.config.cpuHz / this.config.timerHz;
    this.hart.ioArmed = false;
    this.ks = new KernelState(this.mem, this.hart, this.config);
    const putchar = opts.putchar ?? ((c: number) => this.out.push(c));
    this.ks.putchar = putchar;
    this.externalInput = opts.externalInput ?? false;

    const disk = opts.disk instanceof Uint8Array ? new MemoryBackend(opts.disk) : opts.disk;
    const holdupMs = opts.holdupMs ?? 100;
    const powerFail = opts.powerFailAtNs !== undefined;
    this.board = new Board(this.mem, this.events, this.config.cpuHz, () => this.cycles, {
      putchar,
      serialInput: opts.serialInput,
      disk,
      diskModel: opts.diskModel,
      diskWriteCache: opts.diskWriteCache,
      powerFailHoldupUs: powerFail ? Math.round(holdupMs * 1000) : undefined,
      heart: opts.heart,
      onPowerRequest: (r) => this.onPowerRequest(r),
    });

    this.boot = bootSystem({
      elf,
      mem: this.mem,
      cnodeBits: opts.cnodeBits,
      // The power-fail line is not a QEMU device: describe it only when it is installed.
      dtb: opts.dtb ?? (powerFail || opts.heart !== undefined || opts.bootargs !== undefined
        ? makeVirtDtb({ ramSize, powerFail, heart: opts.heart !== undefined, bootargs: opts.bootargs })
        : undefined),
      timeSlice: this.config.timeSlice,
      kernelState: this.ks,
      mcs: this.config.mcs,
      bootTimeSliceTicks: (this.config.timerHz / 1000) * this.config.bootThreadTimeSliceMs,
    });
    // The kernel's boot messages, which a printing build shows before the rootserver starts.
    if (this.config.printing) for (let i = 0; i < this.boot.kernelLog.length; i++) putchar(this.boot.kernelLog.charCodeAt(i));
    // An all-invalid root table inside the kernel image: threads without a valid VSpace fault on every access.
    this.ks.globalRootPaddr = this.boot.kernelImage.end - 0x1000;
    this.mem.zero(this.ks.globalRootPaddr, 0x1000);
    // Interrupt wiring of the hart as the kernel sees it, then seL4's IRQ and timer initialisation.
    const hooks: MachineHooks = {
      readSip: () => this.sip(),
      setSie: (mask, on) => { this.sie = on ? this.sie | mask : this.sie & ~mask; },
      readTime: () => Math.floor(this.cycles / this.hart.timeDivisor),
      setTimer: (deadline) => { this.timerDeadline = deadline; },
    };
    this.ks.machine = hooks;
    // Preemption points of long operations look at the interrupt lines (seL4 isIRQPending).
    this.ks.isIRQPending = () => isIRQPending(this.ks);
    initIRQController(this.ks);
    initLocalIRQController(this.ks);
    initTimer(this.ks);
    if (this.config.mcs) {
      // init_core_state: the clock starts now, on the rootserver's SC; the first exit programs the deadline.
      this.ks.curTime = this.ks.machine.readTime();
      this.ks.consumed = 0;
      this.ks.reprogram = true;
      schedule(this.ks);
    }
    // As at the end of seL4's init_kernel, where the switch to the rootserver loads its address space.
    setVMRoot(this.ks, this.ks.curThread);
    activateThread(this.ks);
    this.trace = opts.trace;
    this.checkInvariantsEachEntry = opts.checkInvariants === true;

    if (powerFail) {
      const failAt = Math.round((opts.powerFailAtNs! * this.config.cpuHz) / 1e9);
      const lostAt = failAt + Math.round((holdupMs * this.config.cpuHz) / 1000);
      this.events.schedule(failAt, () => {
        if (this.trace?.interrupts) this.trace.write(`[${this.cycles}] power failure (hold-up ${holdupMs} ms)`);
        this.board.powerFail!.fail();
      });
      this.events.schedule(lostAt, () => this.powerGone(failAt, lostAt, holdupMs));
    }
  }

  /** Console output collected so far (when no putchar hook was given). */
  output(): string {
    let s = '';
    for (let i = 0; i < this.out.length; i += 4096) s += String.fromCharCode(...this.out.slice(i, i + 4096));
    return s;
  }

  /** Forget the console output collected so far (e.g. the kernel's boot messages). */
  clearOutput(): void {
    this.out.length = 0;
  }

  /** Virtual time in seconds. */
  get seconds(): number {
    return this.cycles / this.config.cpuHz;
  }

  /** sip as the hart would show it: SEIP from the PLIC's S-mode context, STIP from the SBI timer. */
  private sip(): number {
    let v = 0;
    if (this.board.plic.interruptPending(1)) v |= 1 << SIP_SEIP;
    if (this.cycles >= this.timerDeadline * this.hart.timeDivisor) v |= 1 << SIP_STIP;
    return v;
  }

  private timerFireCycle(): number {
    return (this.sie & (1 << SIE_STIE)) !== 0 ? this.timerDeadline * this.hart.timeDivisor : Infinity;
  }

  private interruptPending(): boolean {
    const sip = this.sip();
    return ((sip & (1 << SIP_SEIP)) !== 0 && (this.sie & (1 << SIE_SEIE)) !== 0) ||
      ((sip & (1 << SIP_STIP)) !== 0 && (this.sie & (1 << SIE_STIE)) !== 0);
  }

  private onPowerRequest(r: PowerRequest): void {
    if (this.stopRequest !== null) return;
    if (r.kind === 'reset') this.stopRequest = { reason: StopReason.Reset, message: 'the guest requested a reset (not supported: the machine stops)' };
    else this.stopRequest = {
      reason: StopReason.PowerOff,
      message: r.code === 0 ? 'powered off by the guest' : `powered off by the guest with failure code ${r.code}`,
      exitCode: r.code,
    };
  }

  private powerGone(failedAt: number, lostAt: number, holdupMs: number): void {
    const disk = this.board.disk !== null ? this.board.disk.powerLost() : null;
    this.powerLoss = { failedAt, lostAt, holdupMs, disk };
    this.finished = true;
    if (this.stopRequest === null) {
      this.stopRequest = { reason: StopReason.PowerLost, message: `power lost at ${fmtMs(lostAt, this.config.cpuHz)} (hold-up time of ${holdupMs} ms after the failure ran out)` };
    }
  }

  /** Threads that could still run: ready in some domain (domain ticks can reach them). */
  private anyReady(): boolean {
    for (const t of this.ks.threads) if (t.inReadyQueue) return true;
    return false;
  }

  /**
   * Run until halt, deadlock, an unhandled fault with nothing else to run, power-off or power loss, maxInsns more
   * instructions, or until virtual time reaches untilCycles (StopReason.TimeLimit; the run can be continued).
   */
  run(maxInsns = Number.MAX_SAFE_INTEGER, untilCycles = Infinity): RunResult {
    const ks = this.ks;
    const hart = this.hart;
    const events = this.events;
    const limit = this.instructions + maxInsns;
    let reason: StopReason | null = null;
    while (reason === null) {
      if (ks.halted) {
        reason = StopReason.Halted;
        break;
      }
      // Devices catch up with virtual time.
      events.runDue(this.cycles);
      if (this.stopRequest !== null) {
        reason = this.stopRequest.reason;
        break;
      }
      // Interrupts are taken at user level, between instructions.
      if (this.interruptPending()) {
        this.takeInterrupt();
        continue;
      }
      const cur = ks.curThread;
      if (cur === ks.idleThread) {
        // Only an interrupt can change anything: jump to the next event or timer tick.
        const next = Math.min(events.nextTime(), this.timerFireCycle());
        // MCS: a thread waiting for a refill is woken by the kernel timer.
        const canWake = events.size > 0 || this.externalInput || (this.config.numDomains > 1 && this.anyReady()) ||
          ks.releaseQueue.length > 0;
        if (!canWake || next === Infinity) {
          reason = this.idleReason();
          break;
        }
        if (next > untilCycles) {
          if (untilCycles > this.cycles) this.cycles = untilCycles;
          reason = StopReason.TimeLimit;
          break;
        }
        if (next > this.cycles) this.cycles = next;
        continue;
      }
      if (this.instructions >= limit) {
        reason = StopReason.InstructionLimit;
        break;
      }
      if (this.cycles >= untilCycles) {
        reason = StopReason.TimeLimit;
        break;
      }
      hart.regs = cur.regs;
      hart.fpuEnabled = (cur.flags & 1n) === 0n;
      hart.timeOffset = this.cycles - this.instructions;
      let budget: number;
      if (this.ioNext) {
        budget = 1;
        hart.ioArmed = true;
      } else {
        budget = Math.min(this.timerFireCycle(), events.nextTime(), untilCycles) - this.cycles;
        budget = Math.max(1, Math.min(budget, limit - this.instructions));
      }
      const n = hart.run(budget);
      hart.ioArmed = false;
      this.ioNext = false;
      this.instructions += n;
      this.cycles += n;
      if (hart.ioStop) {
        // Stopped before a device access: bring time and devices up to date, then run it alone.
        hart.ioStop = false;
        this.ioNext = true;
        continue;
      }
      if (hart.trapped) {
        hart.clearReservation();
        if (this.trace !== undefined) this.traceTrap(hart.scause);
        handleTrap(ks, hart.scause, hart.stvalLo, hart.stvalHi);
        if (cnodesToPrune()) pruneCNodes();
        if (this.checkInvariantsEachEntry) this.assertInvariants();
      }
      if (hart.debugStop) { // a breakpoint, watchpoint or fault (already handled by the kernel) for the debugger
        hart.debugStop = false;
        reason = StopReason.Debug;
      }
    }
    const stop = this.stopRequest;
    return {
      reason,
      instructions: this.instructions,
      kernelEntries: ks.entries,
      cycles: this.cycles,
      message: this.stopMessage(reason),
      exitCode: reason === StopReason.PowerOff ? stop?.exitCode : undefined,
      powerLoss: reason === StopReason.PowerLost ? this.powerLoss ?? undefined : undefined,
    };
  }

  private takeInterrupt(): void {
    const sip = this.sip();
    const external = (sip & (1 << SIP_SEIP)) !== 0 && (this.sie & (1 << SIE_SEIE)) !== 0;
    if (external) this.deviceInterrupts++;
    else this.timerInterrupts++;
    if (this.trace?.interrupts && external) {
      this.trace.write(`[${this.cycles}] interrupt: PLIC source ${this.board.plic.best(1)} while "${this.ks.curThread.name}" runs`);
    }
    this.ioNext = false;
    handleInterruptEntry(this.ks);
    if (this.checkInvariantsEachEntry) this.assertInvariants();
  }

  private assertInvariants(): void {
    const errs = checkInvariants(this.ks);
    if (errs.length > 0) {
      throw new Error(`kernel invariant violated after kernel entry ${this.ks.entries} (cycle ${this.cycles}): ${errs.join('; ')}`);
    }
  }

  /**
   * End of the run (the caller is done with this System): the disk destages its volatile cache, as a disk that
   * stays powered does, and closes its image. Returns the number of sectors written back.
   */
  finish(): number {
    if (this.finished) return 0;
    this.finished = true;
    return this.board.disk !== null ? this.board.disk.shutdown() : 0;
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
      case StopReason.TimeLimit: return `virtual time limit reached (${fmtMs(this.cycles, this.config.cpuHz)})`;
      case StopReason.Debug: return 'stopped by the debugger';
      case StopReason.PowerOff:
      case StopReason.Reset:
      case StopReason.PowerLost:
        return this.stopRequest?.message ?? r;
    }
  }

  private traceTrap(scause: number): void {
    const tr = this.trace!;
    const t = this.ks.curThread;
    const pc = t.regs.getPC();
    if (scause === 8) {
      if (!tr.syscalls) return;
      const lo = t.regs.xlo[REG_SYSCALL];
      const names = this.config.mcs ? MCS_SYSCALL_NAMES : SYSCALL_NAMES;
      const name = t.regs.xhi[REG_SYSCALL] === -1 ? names[lo] : undefined;
      tr.write(`[${this.cycles}] syscall ${name ?? 'unknown ' + t.regs.getX(REG_SYSCALL)} from "${t.name}" @0x${pc.toString(16)} a0=0x${t.regs.getX(10).toString(16)} a1=0x${t.regs.getX(11).toString(16)}`);
    } else if (tr.faults) {
      tr.write(`[${this.cycles}] fault scause=${scause} stval=0x${((BigInt(this.hart.stvalHi >>> 0) << 32n) | BigInt(this.hart.stvalLo >>> 0)).toString(16)} in "${t.name}" @0x${pc.toString(16)}`);
    }
  }
}

/** Cycles as milliseconds with microsecond precision. */
export function fmtMs(cycles: number, cpuHz: number): string {
  return `${((cycles / cpuHz) * 1000).toFixed(3)} ms`;
}

/** Human-readable lines describing a power loss (for the CLI and logs). */
export function describePowerLoss(p: PowerLossReport, cpuHz: number): string[] {
  const lines = [`power failed at ${fmtMs(p.failedAt, cpuHz)}; power lost at ${fmtMs(p.lostAt, cpuHz)} (hold-up ${p.holdupMs} ms)`];
  if (p.disk === null) return lines;
  const { inFlight, cached } = p.disk;
  if (inFlight.length === 0 && cached.length === 0) {
    lines.push('disk: nothing lost (every completed write was durable)');
    return lines;
  }
  for (const r of inFlight) {
    const what = r.count > 0 ? `${requestTypeName(r.type)} of sectors ${r.sector}..${r.sector + r.count - 1}` : requestTypeName(r.type);
    lines.push(`disk: lost in flight: ${what} (submitted at ${fmtMs(r.submitted, cpuHz)}${r.started >= 0 ? `, in service since ${fmtMs(r.started, cpuHz)}` : ', queued'})`);
  }
  if (cached.length > 0) {
    const n = cached.reduce((a, e) => a + e.count, 0);
    const ranges = cached.slice(0, 8).map((e) => (e.count === 1 ? `${e.sector}` : `${e.sector}..${e.sector + e.count - 1}`)).join(', ');
    lines.push(`disk: lost from the volatile write cache: ${n} sector${n === 1 ? '' : 's'} (${ranges}${cached.length > 8 ? ', ...' : ''}) never flushed`);
  }
  return lines;
}
