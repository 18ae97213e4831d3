// Global kernel state (seL4 src/model/statedata.c): current thread, scheduler queues, ASID table, IRQ table.
import type { Hart } from '../machine/cpu.js';
import type { PhysicalMemory } from '../machine/memory.js';
import { ASIDPool, AnyObject, Cte, Fault, LookupFailure, SchedContext, Tcb } from './structures.js';
import { SyscallError } from './api/failures.js';
import type { KernelMonitor } from './monitor.js';

export const NUM_PRIORITIES = 256;
export const NUM_ASID_POOLS = 128;
export const ASID_POOL_BITS = 9;

/** What the scheduler does on the next kernel exit (seL4 ksSchedulerAction). */
export const enum SchedulerAction {
  ResumeCurrentThread,
  ChooseNewThread,
  SwitchToThread,
}

export const enum IRQState {
  Inactive = 0,
  Signal = 1,
  Timer = 2,
  Reserved = 3,
}

/**
 * The hart's interrupt wiring as the kernel sees it: the sip/sie CSRs and the SBI timer (the System provides it).
 * Times are in timer ticks (10 MHz).
 */
export interface MachineHooks {
  readSip(): number;
  setSie(mask: number, on: boolean): void;
  readTime(): number;
  setTimer(deadline: number): void;
}

/** A machine with no interrupt sources (boot tests that build a KernelState by hand). */
export const NO_MACHINE: MachineHooks = {
  readSip: () => 0,
  setSie: () => {},
  readTime: () => 0,
  setTimer: () => {},
};

export interface KernelConfig {
  /** seL4 ABI whose syscall and invocation numbering the image uses: 13, 14 or 16. */
  abi: 13 | 14 | 16;
  /** Print userError diagnostics as a printing build does. */
  printing: boolean;
  /** CONFIG_TIMER_TICK_MS (non-MCS). */
  tickMs: number;
  /** CONFIG_TIME_SLICE in ticks. */
  timeSlice: number;
  numDomains: number;
  /** Core clock: instructions per second of virtual time (1 instruction = 1 cycle). */
  cpuHz: number;
  /** qemu-riscv-virt timer frequency. */
  timerHz: number;
  /** Initial domain schedule (durations in ticks); default: domain 0 for a maximal duration. */
  domainSchedule?: { domain: number; length: number }[];
  /** Largest IRQ number (maxIRQ); the kernel timer is this IRQ. */
  maxIRQ: number;
  /** The MCS kernel (CONFIG_KERNEL_MCS): scheduling contexts, reply objects, a tickless timer. */
  mcs: boolean;
  /** MCS CONFIG_BOOT_THREAD_TIME_SLICE: the rootserver's round-robin budget, ms. */
  bootThreadTimeSliceMs: number;
  /** MCS CONFIG_KERNEL_WCET_SCALE. */
  wcetScale: number;
}

export const DEFAULT_CONFIG: KernelConfig = {
  abi: 16,
  printing: true,
  tickMs: 2,
  timeSlice: 5,
  numDomains: 1,
  cpuHz: 100_000_000,
  timerHz: 10_000_000,
  maxIRQ: 96,
  mcs: false,
  bootThreadTimeSliceMs: 5,
  wcetScale: 1,
};

export class KernelState {
  curThread!: Tcb;
  idleThread!: Tcb;
  schedulerAction: SchedulerAction = SchedulerAction.ResumeCurrentThread;
  /** Target when schedulerAction is SwitchToThread. */
  switchTarget: Tcb | null = null;
  curDomain = 0;
  domainTime = 0;
  /** Domain schedule (non-MCS durations in ticks); an entry of length 0 ends it. */
  domainSchedule: { domain: number; length: number }[] = [];
  domainScheduleIdx = 0;
  domainScheduleStart = 0;
  /** Root page table used when a thread has no valid VSpace: an all-invalid table in the kernel image. */
  globalRootPaddr = 0;
  /** The Sv39 root currently loaded into the MMU. */
  activeRootPaddr = -1;
  /** Ready queues per domain and priority, FIFO. */
  readyQueues: Tcb[][][] = [];
  /** 256 bits per domain: which priorities have runnable threads. */
  readyBitmap: Int32Array;
  /** riscvKSASIDTable: pools by ASID high bits. */
  readonly asidTable: (ASIDPool | null)[] = new Array(NUM_ASID_POOLS).fill(null);
  irqStates: IRQState[] = [];
  /** intStateIRQNode: per IRQ, the slot holding the notification cap that IRQ signals (seL4 keeps it in kernel BSS). */
  readonly intStateIRQNode: Cte[] = [];
  /** active_irq of riscv hardware.c: the IRQ claimed in this kernel entry, or 0 (irqInvalid). */
  activeIRQ = 0;
  /** sip/sie and the SBI timer. */
  machine: MachineHooks = NO_MACHINE;
  /** Every TCB that exists, for DebugDumpScheduler and invariant checks. */
  readonly threads = new Set<Tcb>();
  /** Every kernel object with state (TCBs, CNodes, endpoints, notifications, ASID pools), for dumps and invariants. */
  readonly objects = new Set<AnyObject>();
  /** The untyped region each retyped object came from (for the containment invariant). */
  readonly objectParents = new Map<AnyObject, { paddr: number; sizeBits: number }>();
  /** Bumped on every cap change (cheap change detection for tools). */
  capsChanged = 0;
  /** Take the IPC fastpaths (observably identical to the slow path; off only to test that claim). */
  fastpath = true;
  /** Work done in this kernel entry, for preemption points (seL4 ksWorkUnitsCompleted). */
  workUnitsCompleted = 0;
  /** Whether an interrupt is waiting to be taken (set by the machine; seL4 isIRQPending). */
  isIRQPending: () => boolean = () => false;
  /** Long operations abandoned at a preemption point (statistics). */
  preemptions = 0;
  /** Syscalls completed by a fastpath (statistics). */
  fastpathHits = 0;
  /** Count of kernel entries. */
  entries = 0;
  /** current_fault / current_lookup_fault / current_syscall_error / current_extra_caps of seL4. */
  currentFault: Fault = { kind: 'none' };
  currentLookupFault: LookupFailure = { kind: 'invalidRoot' };
  readonly syscallError = new SyscallError();
  currentExtraCaps: (Cte | null)[] = [null, null, null];
  // ---- MCS (seL4 ksCurTime, ksConsumed, ksCurSC, ksIdleSC, ksReprogram, ksReleaseQueue); times in timer ticks ----
  curTime = 0;
  consumed = 0;
  curSC: SchedContext | null = null;
  idleSC: SchedContext | null = null;
  reprogram = false;
  /** Threads waiting for a refill, ordered by their head refill's release time. */
  readonly releaseQueue: Tcb[] = [];

  /** Console (kernel debug output and DebugPutChar). */
  putchar: (c: number) => void = () => {};
  /** Faults that made a thread inactive (for the run report). */
  unhandledFaults: string[] = [];
  /** Run-time monitor (src/kernel/monitor.ts), or null. */
  monitor: KernelMonitor | null = null;
  /** Called after a seL4_DebugSnapshot has been printed (tools take their own snapshot), or null. */
  onDebugSnapshot: (() => void) | null = null;
  /** Set by DebugHalt or when the machine must stop. */
  halted = false;
  haltReason = '';

  registerObject(o: AnyObject): void {
    this.objects.add(o);
    if (o instanceof Tcb) this.threads.add(o);
  }

  /** Called when the last cap to an object has been finalised. */
  onObjectDeleted(o: AnyObject): void {
    this.objects.delete(o);
    this.objectParents.delete(o);
    if (o instanceof Tcb) this.threads.delete(o);
  }

  constructor(
    readonly mem: PhysicalMemory,
    readonly hart: Hart,
    readonly config: KernelConfig,
  ) {
    this.readyBitmap = new Int32Array(8 * config.numDomains);
    for (let d = 0; d < config.numDomains; d++) {
      const q: Tcb[][] = [];
      for (let p = 0; p < NUM_PRIORITIES; p++) q.push([]);
      this.readyQueues.push(q);
    }
    // Boot schedule: domain 0 for a maximal duration, then end markers (non-MCS durations are ticks).
    const nSched = config.numDomains > 1 ? 100 : 2;
    const initial = config.domainSchedule ?? [{ domain: 0, length: Number.MAX_SAFE_INTEGER }];
    for (let i = 0; i < nSched; i++) this.domainSchedule.push(initial[i] ?? { domain: 0, length: 0 });
    this.curDomain = this.domainSchedule[0].domain;
    this.domainTime = this.domainSchedule[0].length;
    this.irqStates = new Array(config.maxIRQ + 1).fill(IRQState.Inactive);
    for (let i = 0; i <= config.maxIRQ; i++) this.intStateIRQNode.push(new Cte(null, i));
    this.irqStates[config.maxIRQ] = IRQState.Timer;
  }
}
