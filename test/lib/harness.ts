// A TypeScript harness that issues seL4 syscalls on behalf of the current thread, for kernel tests that are
// faster to write than a C rootserver. It drives the real kernel entry (handleTrap with scause 8), exactly
// as an `ecall` from the thread would.
import { System, SystemOptions } from '../../src/system.js';
import { buildElf } from '../../src/boot/elf.js';
import { handleTrap } from '../../src/arch/riscv/traps.js';
import { setVMRoot } from '../../src/arch/riscv/kernel/vspace.js';
import { Label, labelToABI } from '../../src/kernel/api/labels.js';
import { Tcb } from '../../src/kernel/structures.js';
import { lookupIPCBuffer, getRegister, setRegister } from '../../src/kernel/message.js';
import { checkInvariants } from '../../src/kernel/invariants.js';

/** `ecall` followed by `j .-4` (loops back to the ecall). */
const ECALL_LOOP = new Uint8Array([0x73, 0x00, 0x00, 0x00, 0x6f, 0xf0, 0xdf, 0xff]);

export const SYS = {
  Call: -1n, ReplyRecv: -2n, Send: -3n, NBSend: -4n, Recv: -5n, Reply: -6n, Yield: -7n, NBRecv: -8n,
  DebugPutChar: -9n, DebugDumpScheduler: -10n, DebugHalt: -11n, DebugCapIdentify: -12n, DebugSnapshot: -13n,
  DebugNameThread: -14n,
} as const;

export interface Reply {
  /** a0 after the syscall (badge). */
  badge: bigint;
  label: number;
  length: number;
  extraCaps: number;
  capsUnwrapped: number;
  /** MR0..MR(length-1): registers for 0..3, then the IPC buffer. */
  mrs: bigint[];
}

export class Harness {
  readonly sys: System;
  constructor(opts: SystemOptions & { image?: Uint8Array } = {}) {
    const elf = opts.image ?? buildElf(0x10000n, [{ vaddr: 0x10000, data: ECALL_LOOP, memsz: 0x1000 }]);
    this.sys = new System(elf, { config: { printing: false }, ...opts });
    // Unit tests look at what their invocations print, not at the kernel's boot messages.
    this.sys.clearOutput();
  }

  get ks() {
    return this.sys.ks;
  }

  get cur(): Tcb {
    return this.sys.ks.curThread;
  }

  get root(): Tcb {
    return this.sys.boot.tcb;
  }

  /** Write MR i of thread t (registers a2..a5 for i < 4, else its IPC buffer). */
  setMR(t: Tcb, i: number, v: bigint): void {
    if (i < 4) setRegister(t, 12 + i, BigInt.asUintN(64, v));
    else this.ks.mem.write64(this.buffer(t) + 8 * (1 + i), BigInt.asUintN(64, v));
  }

  getMR(t: Tcb, i: number): bigint {
    if (i < 4) return getRegister(t, 12 + i);
    return this.ks.mem.read64(this.buffer(t) + 8 * (1 + i));
  }

  /** Physical address of t's IPC buffer. */
  buffer(t: Tcb): number {
    const b = lookupIPCBuffer(false, t);
    if (b < 0) throw new Error('thread has no IPC buffer');
    return b;
  }

  setBufferWord(t: Tcb, index: number, v: bigint): void {
    this.ks.mem.write64(this.buffer(t) + 8 * index, BigInt.asUintN(64, v));
  }

  getBufferWord(t: Tcb, index: number): bigint {
    return this.ks.mem.read64(this.buffer(t) + 8 * index);
  }

  /** Set the receive path (receiveCNode, receiveIndex, receiveDepth) of t's IPC buffer. */
  setReceivePath(t: Tcb, cnode: bigint, index: bigint, depth: bigint): void {
    this.setBufferWord(t, 125, cnode);
    this.setBufferWord(t, 126, index);
    this.setBufferWord(t, 127, depth);
  }

  /**
   * Perform syscall `num` as the current thread with a0 = cptr, message (label, MRs, extra caps).
   * Checks the kernel invariants afterwards. Returns the calling thread's registers as a Reply.
   */
  syscall(num: bigint, cptr: bigint, label: number, mrs: bigint[] = [], caps: bigint[] = [], length = mrs.length): Reply {
    const t = this.cur;
    for (let i = 0; i < mrs.length; i++) this.setMR(t, i, mrs[i]);
    for (let i = 0; i < caps.length; i++) this.setBufferWord(t, 122 + i, caps[i]);
    setRegister(t, 10, BigInt.asUintN(64, cptr));
    const info = (BigInt(label) << 12n) | (BigInt(caps.length) << 7n) | BigInt(length);
    setRegister(t, 11, info);
    setRegister(t, 17, BigInt.asUintN(64, num));
    // A thread in ECALL_LOOP issues the syscall from its ecall at 0x10000 (its `j .-4` leads back there);
    // threads elsewhere trap at their own pc.
    const pc = t.regs.getPC();
    if (pc >= 0x10000n && pc < 0x10008n) t.regs.setPC(0x10000n);
    handleTrap(this.ks, 8, 0, 0);
    const errs = checkInvariants(this.ks);
    if (errs.length > 0) throw new Error('kernel invariant violated: ' + errs.join('; '));
    return this.replyOf(t);
  }

  replyOf(t: Tcb): Reply {
    const info = getRegister(t, 11);
    const length = Number(info & 0x7fn);
    const mrs: bigint[] = [];
    for (let i = 0; i < length; i++) {
      if (i >= 4 && lookupIPCBuffer(true, t) < 0) break;
      mrs.push(this.getMR(t, i));
    }
    return {
      badge: getRegister(t, 10),
      label: Number(info >> 12n),
      length,
      extraCaps: Number((info >> 7n) & 3n),
      capsUnwrapped: Number((info >> 9n) & 7n),
      mrs,
    };
  }

  /** seL4_Call of a kernel object with an internal label (translated to the configured ABI's numbering). */
  invoke(cptr: bigint | number, label: Label, args: (bigint | number)[] = [], caps: (bigint | number)[] = []): Reply {
    return this.syscall(SYS.Call, BigInt(cptr), labelToABI(this.ks.config.abi, label, this.ks.config.mcs), args.map(BigInt), caps.map(BigInt));
  }

  /**
   * Execute one instruction of the current thread on the real CPU; a trap goes through the kernel entry
   * (so a fault may switch threads). Returns true if the instruction trapped.
   */
  step(): boolean {
    const t = this.cur;
    const hart = this.sys.hart;
    hart.regs = t.regs;
    hart.fpuEnabled = (t.flags & 1n) === 0n;
    hart.run(1);
    if (!hart.trapped) return false;
    hart.clearReservation();
    handleTrap(this.ks, hart.scause, hart.stvalLo, hart.stvalHi);
    const errs = checkInvariants(this.ks);
    if (errs.length > 0) throw new Error('kernel invariant violated: ' + errs.join('; '));
    return true;
  }

  /** Switch the harness to act as thread t (makes it current; for multi-thread scenarios). */
  actAs(t: Tcb): void {
    setVMRoot(this.ks, t);
    this.ks.curThread = t;
  }
}
