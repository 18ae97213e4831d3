// Deep-syscall generator: a rootserver that creates real objects of every type (threads, endpoints,
// notifications, CNodes, page tables and VSpaces, frames, untypeds, ASID pools, IRQ handlers), installs a fault
// handler thread that records and resumes faulting threads, and then issues random but plausible syscalls and
// invocations as whichever thread the scheduler runs, so a program survives tens of thousands of syscalls.
//
// The driver acts as the current thread: it writes the syscall's registers and message, points the thread at an
// `ecall` and lets the System execute that one instruction, so every syscall goes through the real CPU trap and
// kernel entry (and the System's per-entry invariant check). Each step is a pure function of (seed, step index)
// and the kernel state at that moment, so a failing program can be replayed with a subset of its steps.
import { System, StopReason } from '../system.js';
import { buildElf } from '../boot/elf.js';
import { Label, LABEL_COUNT_16, LABEL_NAMES, labelToABI } from '../kernel/api/labels.js';
import { CapTag, CAP_NAMES, Tcb, ThreadState, type Cap } from '../kernel/structures.js';
import { lookupIPCBuffer } from '../kernel/message.js';
import { checkInvariants } from '../kernel/invariants.js';
import { Rng, deriveSeed, Digest } from './rng.js';
import { bump, type ProgramResult, type ProgramSpec } from './types.js';

const CODE = 0x10000n;
/** `ecall; j .-4`, then zeros (the image has four pages so frames can be copied into other VSpaces). */
const IMAGE = buildElf(CODE, [{ vaddr: 0x10000, data: new Uint8Array([0x73, 0, 0, 0, 0x6f, 0xf0, 0xdf, 0xff]), memsz: 0x4000 }]);

export const SYSCALL = {
  Call: -1, ReplyRecv: -2, Send: -3, NBSend: -4, Recv: -5, Reply: -6, Yield: -7, NBRecv: -8,
  DebugPutChar: -9, DebugDumpScheduler: -10, DebugHalt: -11, DebugCapIdentify: -12, DebugSnapshot: -13,
  DebugNameThread: -14,
} as const;
const SYSCALL_NAME = new Map<number, string>(Object.entries(SYSCALL).map(([k, v]) => [v, k]));

/** seL4_ObjectType, non-MCS riscv64. */
const OBJ = { Untyped: 0, TCB: 1, Endpoint: 2, Notification: 3, CapTable: 4, GigaPage: 5, SmallPage: 6, MegaPage: 7, PageTable: 8 } as const;

/** Root-CNode layout of the generated rootserver, relative to bootinfo.empty.start. */
const R = {
  faultEP: 0, handler: 1, handlerBuf: 2,
  tcbs: 16, ntcb: 16,
  faultCopies: 32,
  eps: 48, neps: 8,
  ntfns: 56, nntfns: 8,
  cnodes: 64, ncnodes: 8,
  vspaces: 72, nvspaces: 4,
  pts: 76, npts: 20,
  frames: 96, nframes: 32,
  untypeds: 128, nuntypeds: 8,
  pools: 136, npools: 2,
  irqs: 138, nirqs: 8,
  scratch: 146, nscratch: 110,
  size: 256,
} as const;

const ROOT_TCB = 1, ROOT_CNODE = 2, ROOT_VSPACE = 3, IRQ_CONTROL = 4, ASID_CONTROL = 5, ASID_POOL = 6, DOMAIN = 11;

const TCB_LABELS = [
  Label.TCBReadRegisters, Label.TCBWriteRegisters, Label.TCBCopyRegisters, Label.TCBConfigure, Label.TCBSetPriority,
  Label.TCBSetMCPriority, Label.TCBSetSchedParams, Label.TCBSetIPCBuffer, Label.TCBSetSpace, Label.TCBSuspend,
  Label.TCBResume, Label.TCBBindNotification, Label.TCBUnbindNotification, Label.TCBSetTLSBase, Label.TCBSetFlags,
];
const CNODE_LABELS = [
  Label.CNodeRevoke, Label.CNodeDelete, Label.CNodeCancelBadgedSends, Label.CNodeCopy, Label.CNodeMint,
  Label.CNodeMove, Label.CNodeMutate, Label.CNodeRotate, Label.CNodeSaveCaller,
];

export interface SyscallOptions {
  checkInvariants?: boolean;
  /** Stop with a failure after this much wall time. */
  timeLimitMs?: number;
  /** Called with a line per step (for --replay --verbose). */
  log?: (line: string) => void;
  /** Called after each step with the kernel state (tests use it to plant a fault and check minimisation). */
  afterStep?: (ks: System['ks'], step: number) => void;
}

/** Run one deep-syscall program. Never throws: a JS exception or invariant violation is reported as a failure. */
export function runSyscallProgram(spec: ProgramSpec, opts: SyscallOptions = {}): ProgramResult {
  const t0 = Date.now();
  const cov: Record<string, number> = {};
  const dig = new Digest();
  const g = new Rng(deriveSeed(spec.seed, spec.index, 1));
  let guard = g;
  const cnodeBits = g.pick([10, 10, 12, 13, 13, 14, 16, 21]);
  const printing = g.chance(0.25);
  const abi = g.pick([16, 16, 16, 14, 13] as const);
  let outBytes = 0;
  const labelNames = new Map<number, string>();
  for (let l = 0; l < LABEL_COUNT_16; l++) labelNames.set(labelToABI(abi, l as Label), LABEL_NAMES[l]);
  let syscalls = 0, entries = 0, instructions = 0, boots = 0;
  const result = (reason: string, failure?: string, failedAt?: number): ProgramResult => ({
    spec, failure, failedAt, syscalls, entries: entries + (sys?.ks.entries ?? 0), instructions: instructions + (sys?.instructions ?? 0),
    digest: dig.hex(), reason, wallMs: Date.now() - t0, coverage: cov,
  });
  // Invariants: after every kernel entry (the System's --check-invariants) in most programs; in the others after
  // every 16th step and at the end of each boot, which is several times faster.
  const everyEntry = opts.checkInvariants ?? g.chance(0.5);
  let sys: System | null = null;
  // Per boot: a program whose machine stops early (every thread blocked, an unhandled fault with nothing left to
  // run, a halt) boots again and goes on with its next step.
  let s!: System;
  let ks!: System['ks'];
  let boot!: System['boot'];
  let e0 = 0;
  let local = 0;
  let ramUntypeds: number[] = [], devUntypeds: number[] = [], small4k: number[] = [];
  const bootOne = (): void => {
    if (sys !== null) {
      entries += sys.ks.entries;
      instructions += sys.instructions;
    }
    boots++;
    sys = new System(IMAGE, {
      ramSize: 256 * 1024 * 1024, cnodeBits, checkInvariants: everyEntry,
      config: { printing, abi },
      putchar: (c) => { outBytes++; dig.add(c); },
    });
    s = sys;
    ks = s.ks;
    boot = s.boot;
    e0 = boot.bootInfo.empty.start;
    ramUntypeds = boot.untypeds.filter((u) => !u.isDevice && u.sizeBits >= 12).map((u) => u.slot);
    devUntypeds = boot.untypeds.filter((u) => u.isDevice).map((u) => u.slot);
    small4k = boot.untypeds.filter((u) => !u.isDevice && u.sizeBits <= 16).map((u) => u.slot);
    local = 0;
    usedAge = 1e9;
    preempted.clear();
  };
  const handlerTcb = (): Tcb | null => {
    const c = boot.rootCNode.slot(e0 + R.handler).cap;
    return c.tag === CapTag.Thread ? c.tcb : null;
  };
  let usedAge = 1e9;
  /** Threads that were preempted: their next turn restarts the same syscall unchanged. */
  const preempted = new Set<Tcb>();
  const steps = spec.keep ?? Array.from({ length: spec.steps ?? 20000 }, (_, i) => i);
  const limit = opts.timeLimitMs ?? 120_000;

  /** seL4_UserContext words pc, ra, sp, gp, s0..s11, a0..a7 of a thread that starts at the ecall. */
  const startRegs = (a0: bigint, a7: number): bigint[] => {
    const v = new Array<bigint>(24).fill(0n);
    v[0] = CODE;
    v[16] = a0;
    v[23] = BigInt.asUintN(64, BigInt(a7));
    return v;
  };

  // ---- issuing a syscall as the current thread
  const slotOf = (i: number): Cap => boot.rootCNode.slot(i).cap;
  const issue = (num: number, cptr: bigint, label: number, mrs: bigint[], caps: bigint[], buffer?: [number, bigint][]): void => {
    const t = ks.curThread;
    if (t === boot.tcb && cptr < BigInt(2 ** cnodeBits) && (num === SYSCALL.Call || num === SYSCALL.Send || num === SYSCALL.Recv || num === SYSCALL.ReplyRecv)) {
      // The rootserver supervises: it does not block on endpoints or notifications except rarely.
      const tag = slotOf(Number(cptr)).tag;
      if ((tag === CapTag.Endpoint || tag === CapTag.Notification) && guard.chance(0.99)) {
        num = num === SYSCALL.Call || num === SYSCALL.Send ? SYSCALL.NBSend : SYSCALL.NBRecv;
      }
    }
    const r = t.regs;
    const buf = lookupIPCBuffer(false, t);
    const len = mrs.length > 120 ? 120 : mrs.length;
    for (let i = 0; i < len; i++) {
      if (i < 4) r.setX(12 + i, mrs[i]);
      else if (buf >= 0) s.mem.write64(buf + 8 * (1 + i), BigInt.asUintN(64, mrs[i]));
    }
    if (buf >= 0) {
      for (let i = 0; i < caps.length && i < 3; i++) s.mem.write64(buf + 8 * (122 + i), BigInt.asUintN(64, caps[i]));
      for (const [w, v] of buffer ?? []) s.mem.write64(buf + 8 * w, BigInt.asUintN(64, v));
    }
    r.setX(10, cptr);
    r.setX(11, (BigInt(label & 0xfffffffffffff) << 12n) | (BigInt(Math.min(caps.length, 3)) << 7n) | BigInt(len));
    r.setX(17, BigInt(num));
    r.setPC(CODE);
    bump(cov, `syscall ${SYSCALL_NAME.get(num) ?? 'unknown'}`);
    syscalls++;
  };
  const call = (cptr: number | bigint, l: Label, args: (number | bigint)[], caps: (number | bigint)[] = []): void => {
    issue(SYSCALL.Call, BigInt(cptr), labelToABI(abi, l), args.map(BigInt), caps.map(BigInt));
  };

  // ---- plausible values
  // Slots in use in the root CNode, all and by cap type (refreshed every few steps).
  let used: number[] = [];
  let byTag = new Map<CapTag, number[]>();
  const refreshUsed = () => {
    used = [];
    byTag = new Map();
    for (const c of boot.rootCNode.usedSlots()) {
      if (c.cap.tag === CapTag.Null) continue;
      used.push(c.index);
      let xs = byTag.get(c.cap.tag);
      if (xs === undefined) byTag.set(c.cap.tag, (xs = []));
      xs.push(c.index);
    }
    usedAge = 0;
  };
  const NONE: number[] = [];
  const ofTag = (tag: CapTag): number[] => byTag.get(tag) ?? NONE;
  const anyUsed = (r: Rng): number => (used.length === 0 ? 0 : r.pick(used));
  const region = (r: Rng, base: number, n: number) => e0 + base + r.int(n);
  const slotArg = (r: Rng): number => {
    const x = r.float();
    if (x < 0.55) return anyUsed(r);
    if (x < 0.85) return region(r, R.scratch, R.nscratch);
    if (x < 0.95) return r.int(16);
    return r.int(2 ** cnodeBits + 8);
  };
  const pickOf = (r: Rng, tag: CapTag, fallback: () => number): number => {
    const xs = ofTag(tag);
    return xs.length > 0 && r.chance(0.9) ? r.pick(xs) : fallback();
  };
  const word = (r: Rng): bigint => {
    switch (r.int(10)) {
      case 0: return 0n;
      case 1: return BigInt(r.int(16));
      case 2: return BigInt(r.int(300));
      case 3: return (1n << BigInt(r.int(65))) - 1n;
      case 4: return r.u64();
      case 5: return BigInt(slotArg(r));
      case 6: return 64n;
      case 7: return BigInt(cnodeBits);
      case 8: return BigInt(r.pick([0x10000, 0x7f000, 0x200000, 0x40000000, 0x3fffffe000, 0x4000000000]));
      default: return BigInt(r.int(2 ** 20));
    }
  };
  const vaddr = (r: Rng): bigint => {
    switch (r.int(8)) {
      case 0: return 0x10000n + BigInt(r.int(8)) * 0x1000n;
      case 1: return 0x7f000n;
      case 2: return BigInt(r.int(512)) * 0x200000n;
      case 3: return BigInt(r.int(256)) * 0x40000000n;
      case 4: return BigInt(r.int(2 ** 26)) * 0x1000n;
      case 5: return 0x3ffffff000n;
      case 6: return r.u64();
      default: return BigInt(r.int(2 ** 30));
    }
  };
  const depth = (r: Rng): number => (r.chance(0.85) ? 64 : r.pick([0, 1, cnodeBits, 63, 65, r.int(128)]));
  const prio = (r: Rng): number => (r.chance(0.8) ? r.range(50, 220) : r.int(300));
  // The rootserver's own caps, its code and paging, the untyped the fault handler came from and the handler's
  // objects: destroying them ends the boot early, so destructive operations spare them almost always.
  const inRegion = (x: number, reg: { start: number; end: number }) => x >= reg.start && x < reg.end;
  const protectedSlot = (x: number): boolean =>
    x < 16 || x === e0 + R.faultEP || x === e0 + R.handler || x === e0 + R.handlerBuf || x === ramUntypeds[0] ||
    inRegion(x, boot.bootInfo.userImageFrames) || inRegion(x, boot.bootInfo.userImagePaging);

  /** A protected slot is replaced by a scratch slot for destructive operations, except rarely. */
  const vital = (x: number): boolean => x === e0 + R.faultEP || x === e0 + R.handler || x === ROOT_TCB || x === ROOT_CNODE;
  const spare = (r: Rng, x: number): number =>
    protectedSlot(x) && r.chance(vital(x) ? 0.9995 : 0.99) ? region(r, R.scratch, R.nscratch) : x;

  // ---- one step of the program as the current thread
  const step = (gi: number): void => {
    const i = local++;
    const r = new Rng(deriveSeed(spec.seed, spec.index, 0x10000 + gi));
    guard = r;
    if (usedAge++ > 24) refreshUsed();
    const t = ks.curThread;
    if (preempted.has(t) && t.state === ThreadState.Restart) {
      // A preempted thread restarts its syscall exactly (seL4 restarts the ecall with the same registers).
      preempted.delete(t);
      t.regs.setPC(CODE);
      bump(cov, 'restart after preemption');
      syscalls++;
      return;
    }
    preempted.delete(t);
    const h = handlerTcb();
    const lastNum = Number(BigInt.asIntN(64, t.regs.getX(17)));
    if (t === h && (lastNum === SYSCALL.Recv || lastNum === SYSCALL.ReplyRecv)) {
      // Its last syscall was a receive that returned (a7 still names it): a fault message.
      // The fault handler: record the fault and resume the faulter past its ecall (TCB_WriteRegisters of its pc
      // through the TCB cap its badge names: 0 is the rootserver), or reply (it retries), or suspend it.
      const faultLabel = Number(t.regs.getX(11) >> 12n);
      const badge = t.regs.getX(10);
      const kinds = new Map([[1, 'cap'], [2, 'unknown-syscall'], [3, 'user-exception'], [5, 'vm']]);
      bump(cov, kinds.has(faultLabel) ? `fault ${kinds.get(faultLabel)}` : 'fault endpoint got a non-fault message');
      const faulter = badge === 0n ? ROOT_TCB : badge;
      const x = r.float();
      // Only a fault from a thread it knows (badge 0: the rootserver; else the faulter's TCB slot) is resumed.
      const known = kinds.has(faultLabel) && faulter < BigInt(2 ** cnodeBits) && slotOf(Number(faulter)).tag === CapTag.Thread;
      if (!known) return issue(SYSCALL.Recv, BigInt(e0 + R.faultEP), 0, [], []);
      if (x < 0.75) return call(faulter, Label.TCBWriteRegisters, [1, 1, CODE + 4n], []);
      if (x < 0.9 && faulter !== ROOT_TCB) return call(faulter, Label.TCBSuspend, []);
      return issue(SYSCALL.ReplyRecv, BigInt(e0 + R.faultEP), 0, [], []);
    }
    if (t === h) {
      // The handler waits for the next fault.
      return issue(SYSCALL.Recv, BigInt(e0 + R.faultEP), 0, [], []);
    }
    const isRoot = t === boot.tcb;
    const early = i < 120;
    if (isRoot && i > 9 && h !== null && h.state === ThreadState.Inactive && r.chance(0.5)) {
      // A supervisor restarts its fault handler (workers may have suspended or rewritten it).
      bump(cov, 'handler restarted');
      return call(e0 + R.handler, Label.TCBWriteRegisters, [1, 24, ...startRegs(BigInt(e0 + R.faultEP), SYSCALL.Recv)], []);
    }
    // Setup: the root makes its fault handler (a thread waiting on the fault endpoint) and becomes its client;
    // every later thread gets a badged copy of that endpoint. Then objects of every kind.
    const ut = ramUntypeds[0];
    switch (i) {
      case 0: return call(ROOT_TCB, Label.TCBSetPriority, [150], [ROOT_TCB]);
      case 1: return call(ut, Label.UntypedRetype, [OBJ.Endpoint, 0, 0, 0, e0 + R.faultEP, 1], [ROOT_CNODE]);
      case 2: return call(ut, Label.UntypedRetype, [OBJ.TCB, 0, 0, 0, e0 + R.handler, 1], [ROOT_CNODE]);
      case 3: return call(ut, Label.UntypedRetype, [OBJ.SmallPage, 0, 0, 0, e0 + R.handlerBuf, 1], [ROOT_CNODE]);
      case 4: return call(e0 + R.handlerBuf, Label.RISCVPageMap, [0x7f000, 3, 0], [ROOT_VSPACE]);
      case 5: return call(e0 + R.handler, Label.TCBConfigure, [0, 0, 0, 0x7f000], [ROOT_CNODE, ROOT_VSPACE, e0 + R.handlerBuf]);
      case 6: return call(e0 + R.handler, Label.TCBSetPriority, [200], [ROOT_TCB]);
      case 7: return call(ROOT_TCB, Label.TCBSetSpace, [e0 + R.faultEP, 0, 0], [ROOT_CNODE, ROOT_VSPACE]);
      case 8: return call(e0 + R.handler, Label.TCBWriteRegisters, [0, 24, ...startRegs(BigInt(e0 + R.faultEP), SYSCALL.Recv)], []);
      case 9: return call(e0 + R.handler, Label.TCBResume, []);
    }
    const w = early
      ? [25, 8, 5, 5, 4, 1, 5, 0, 30, 6, 1]
      : [8, 14, 12, 10, 4, 2, 22, 4, 8, 4, 2];
    switch (r.weighted(w)) {
      case 0: return retype(r);
      case 1: return tcbOp(r);
      case 2: return cnodeOp(r);
      case 3: return vspaceOp(r);
      case 4: return irqOp(r);
      case 5: return domainOp(r);
      case 6: return ipcOp(r, isRoot);
      case 7: return debugOp(r);
      case 8: return setupThread(r);
      case 9: return setupSpace(r);
      default: return randomOp(r);
    }
  };

  const retype = (r: Rng): void => {
    const ut = r.chance(0.85) ? pickOf(r, CapTag.Untyped, () => r.pick(ramUntypeds)) : r.chance(0.5) ? r.pick(devUntypeds) : slotArg(r);
    const kinds: [number, () => number, number, number][] = [
      [OBJ.TCB, () => 0, R.tcbs, R.ntcb],
      [OBJ.Endpoint, () => 0, R.eps, R.neps],
      [OBJ.Notification, () => 0, R.ntfns, R.nntfns],
      [OBJ.CapTable, () => r.range(1, 8), R.cnodes, R.ncnodes],
      [OBJ.PageTable, () => 0, R.vspaces, R.nvspaces],
      [OBJ.PageTable, () => 0, R.pts, R.npts],
      [OBJ.SmallPage, () => 0, R.frames, R.nframes],
      [OBJ.MegaPage, () => 0, R.frames, R.nframes],
      [OBJ.Untyped, () => r.range(4, 22), R.untypeds, R.nuntypeds],
      [OBJ.GigaPage, () => 0, R.frames, R.nframes],
    ];
    const [type, bits, base, n] = kinds[r.weighted([5, 4, 3, 3, 2, 3, 5, 1, 2, 0.2])];
    let ty = type, sz = bits();
    if (r.chance(0.05)) ty = r.int(12);
    if (r.chance(0.05)) sz = r.int(70);
    const num = r.chance(0.8) ? 1 : r.range(0, 4);
    if (r.chance(0.1)) {
      // Into a child CNode: node_index names it in the root CNode, node_depth consumes the whole word.
      const cn = pickOf(r, CapTag.CNode, () => region(r, R.cnodes, R.ncnodes));
      return call(ut, Label.UntypedRetype, [ty, sz, cn, depth(r), r.int(300), num], [ROOT_CNODE]);
    }
    const off = r.chance(0.95) ? region(r, base, n) : slotArg(r);
    call(ut, Label.UntypedRetype, [ty, sz, 0, r.chance(0.95) ? 0 : r.int(70), off, num], [r.chance(0.95) ? ROOT_CNODE : slotArg(r)]);
  };

  const faultEPFor = (r: Rng, tslot: number): number =>
    r.chance(0.8) && tslot >= e0 + R.tcbs && tslot < e0 + R.tcbs + R.ntcb ? tslot - R.tcbs + R.faultCopies : e0 + R.faultEP;

  const tcbOp = (r: Rng): void => {
    const tcb = r.chance(0.03) ? ROOT_TCB : pickOf(r, CapTag.Thread, () => slotArg(r));
    let l = r.pick(TCB_LABELS);
    if (protectedSlot(tcb) && (l === Label.TCBSuspend || l === Label.TCBWriteRegisters || l === Label.TCBSetSpace || l === Label.TCBConfigure || l === Label.TCBSetIPCBuffer) && r.chance(vital(tcb) ? 0.9995 : 0.99)) l = Label.TCBReadRegisters;
    const cspace = () => (r.chance(0.7) ? ROOT_CNODE : pickOf(r, CapTag.CNode, () => slotArg(r)));
    const vspace = () => (r.chance(0.6) ? ROOT_VSPACE : pickOf(r, CapTag.PageTable, () => slotArg(r)));
    const frame = () => pickOf(r, CapTag.Frame, () => slotArg(r));
    const auth = () => (r.chance(0.8) ? ROOT_TCB : pickOf(r, CapTag.Thread, () => slotArg(r)));
    switch (l) {
      case Label.TCBReadRegisters: return call(tcb, l, [r.int(2) | (r.chance(0.1) ? r.int(256) << 8 : 0), r.int(40)]);
      case Label.TCBWriteRegisters: {
        const n = r.int(36);
        // MR0 = resume_target | arch_flags << 8, MR1 = count, then the registers from pc on.
        return call(tcb, l, [r.int(2) | (r.chance(0.1) ? r.int(256) << 8 : 0), n, ...Array.from({ length: Math.min(n, 20) }, () => word(r))]);
      }
      case Label.TCBCopyRegisters: {
        // Flag bit 0 suspends the source: spare the protected threads.
        const src = pickOf(r, CapTag.Thread, () => slotArg(r));
        return call(tcb, l, [protectedSlot(src) && r.chance(0.98) ? r.int(8) & ~1 : r.int(16)], [src]);
      }
      case Label.TCBConfigure:
        return call(tcb, l, [faultEPFor(r, tcb), r.chance(0.8) ? 0 : word(r), 0, r.chance(0.7) ? 0x7f000 : vaddr(r)], [cspace(), vspace(), frame()]);
      case Label.TCBSetPriority: return call(tcb, l, [prio(r)], [auth()]);
      case Label.TCBSetMCPriority: return call(tcb, l, [prio(r)], [auth()]);
      case Label.TCBSetSchedParams: return call(tcb, l, [prio(r), prio(r)], [auth()]);
      case Label.TCBSetIPCBuffer: return call(tcb, l, [r.chance(0.7) ? 0x7f000 : vaddr(r)], [frame()]);
      case Label.TCBSetSpace: return call(tcb, l, [faultEPFor(r, tcb), r.chance(0.8) ? 0 : word(r), 0], [cspace(), vspace()]);
      case Label.TCBBindNotification: return call(tcb, l, [], [pickOf(r, CapTag.Notification, () => slotArg(r))]);
      case Label.TCBSetTLSBase: return call(tcb, l, [word(r)]);
      case Label.TCBSetFlags: return call(tcb, l, [word(r), word(r)]);
      default: return call(tcb, l, []);
    }
  };

  const cnodeOp = (r: Rng): void => {
    const root = r.chance(0.8) ? ROOT_CNODE : pickOf(r, CapTag.CNode, () => slotArg(r));
    const l = r.pick(CNODE_LABELS);
    const dest = () => (r.chance(0.9) ? region(r, R.scratch, R.nscratch) : slotArg(r));
    let src = slotArg(r);
    const rights = () => (r.chance(0.7) ? 15 : r.int(16));
    const badge = () => (r.chance(0.5) ? BigInt(r.range(1, 255)) : word(r));
    if (l === Label.CNodeRevoke || l === Label.CNodeDelete || l === Label.CNodeMove || l === Label.CNodeMutate || l === Label.CNodeRotate) src = spare(r, src);
    switch (l) {
      case Label.CNodeCopy: return call(root, l, [dest(), depth(r), src, depth(r), rights()], [ROOT_CNODE]);
      case Label.CNodeMint: return call(root, l, [dest(), depth(r), src, depth(r), rights(), badge()], [ROOT_CNODE]);
      case Label.CNodeMove: return call(root, l, [dest(), depth(r), src, depth(r)], [ROOT_CNODE]);
      case Label.CNodeMutate: return call(root, l, [dest(), depth(r), src, depth(r), badge()], [ROOT_CNODE]);
      case Label.CNodeRotate:
        return call(root, l, [dest(), depth(r), badge(), slotArg(r), depth(r), badge(), src, depth(r)], [ROOT_CNODE, ROOT_CNODE]);
      case Label.CNodeSaveCaller: return call(root, l, [dest(), depth(r)]);
      default: return call(root, l, [src, depth(r)]);
    }
  };

  const vspaceOp = (r: Rng): void => {
    const vs = () => (r.chance(0.4) ? ROOT_VSPACE : pickOf(r, CapTag.PageTable, () => slotArg(r)));
    const attr = () => (r.chance(0.8) ? 0 : r.int(8));
    switch (r.int(8)) {
      case 0: return call(pickOf(r, CapTag.PageTable, () => slotArg(r)), Label.RISCVPageTableMap, [vaddr(r), attr()], [vs()]);
      case 1: return call(spare(r, pickOf(r, CapTag.PageTable, () => slotArg(r))), Label.RISCVPageTableUnmap, []);
      case 2: case 3: return call(spare(r, pickOf(r, CapTag.Frame, () => slotArg(r))), Label.RISCVPageMap, [vaddr(r), r.chance(0.8) ? 3 : r.int(16), attr()], [vs()]);
      case 4: return call(spare(r, pickOf(r, CapTag.Frame, () => slotArg(r))), Label.RISCVPageUnmap, []);
      case 5: return call(pickOf(r, CapTag.Frame, () => slotArg(r)), Label.RISCVPageGetAddress, []);
      case 6: return call(r.chance(0.5) ? ASID_POOL : pickOf(r, CapTag.ASIDPool, () => slotArg(r)), Label.RISCVASIDPoolAssign, [], [vs()]);
      default: {
        const ut = r.chance(0.7) && small4k.length > 0 ? r.pick(small4k) : pickOf(r, CapTag.Untyped, () => slotArg(r));
        return call(ASID_CONTROL, Label.RISCVASIDControlMakePool, [region(r, R.pools, R.npools), depth(r)], [ut, ROOT_CNODE].slice(0, r.chance(0.95) ? 2 : r.int(2)));
      }
    }
  };

  const irqOp = (r: Rng): void => {
    const irq = r.chance(0.8) ? r.range(1, 12) : r.int(130);
    switch (r.int(6)) {
      case 0: return call(IRQ_CONTROL, Label.IRQIssueIRQHandler, [irq, region(r, R.irqs, R.nirqs), depth(r)], [ROOT_CNODE]);
      case 1: return call(IRQ_CONTROL, Label.RISCVIRQIssueIRQHandlerTrigger, [irq, r.int(3), region(r, R.irqs, R.nirqs), depth(r)], [ROOT_CNODE]);
      case 2: return call(pickOf(r, CapTag.IRQHandler, () => slotArg(r)), Label.IRQAckIRQ, []);
      case 3: return call(pickOf(r, CapTag.IRQHandler, () => slotArg(r)), Label.IRQSetIRQHandler, [], [pickOf(r, CapTag.Notification, () => slotArg(r))]);
      case 4: return call(pickOf(r, CapTag.IRQHandler, () => slotArg(r)), Label.IRQClearIRQHandler, []);
      default: return call(IRQ_CONTROL, r.int(45) as Label, [word(r), word(r), word(r)], [ROOT_CNODE]);
    }
  };

  const domainOp = (r: Rng): void => {
    const x = r.int(4);
    if (x === 0 && abi === 16) return call(DOMAIN, Label.DomainScheduleConfigure, [r.int(4), r.int(3), r.range(1, 100)]);
    if (x === 1 && abi === 16) return call(DOMAIN, Label.DomainScheduleSetStart, [r.int(4)]);
    return call(DOMAIN, Label.DomainSetSet, [r.chance(0.8) ? 0 : r.int(4)], [pickOf(r, CapTag.Thread, () => slotArg(r))]);
  };

  const ipcOp = (r: Rng, isRoot: boolean): void => {
    const target = (): number => {
      const x = r.float();
      if (x < 0.45) return pickOf(r, CapTag.Endpoint, () => slotArg(r));
      if (x < 0.75) return pickOf(r, CapTag.Notification, () => slotArg(r));
      if (x < 0.85) return pickOf(r, CapTag.Reply, () => slotArg(r));
      return slotArg(r);
    };
    const n = r.chance(0.7) ? r.int(5) : r.int(125);
    const mrs = Array.from({ length: n }, () => word(r));
    const caps = Array.from({ length: r.chance(0.7) ? 0 : r.int(4) }, () => slotArg(r)).map(BigInt);
    // The receive path: where a received cap lands (IPC buffer words 125..127).
    const recvPath: [number, bigint][] = [[125, BigInt(ROOT_CNODE)], [126, BigInt(region(r, R.scratch, R.nscratch))], [127, BigInt(depth(r))]];
    // The rootserver blocks only while some other thread can run (else the program would end here).
    let others = 0;
    for (const o of ks.threads) if (o.inReadyQueue && o !== ks.curThread) others++;
    const blocking = isRoot ? others > 0 && r.chance(0.01) : r.chance(0.35);
    const label = r.chance(0.8) ? r.int(8) : r.u32();
    const cptr = BigInt(target());
    const nums = blocking
      ? [SYSCALL.Send, SYSCALL.Call, SYSCALL.Recv, SYSCALL.ReplyRecv]
      : [SYSCALL.NBSend, SYSCALL.NBSend, SYSCALL.NBRecv, SYSCALL.Reply, SYSCALL.Yield, SYSCALL.Yield];
    const num = r.pick(nums);
    issue(num, cptr, label, mrs, caps, recvPath);
  };

  const debugOp = (r: Rng): void => {
    const x = r.float();
    if (x < 0.4) return issue(SYSCALL.DebugPutChar, BigInt(r.range(32, 126)), 0, [], []);
    if (x < 0.8) return issue(SYSCALL.DebugCapIdentify, BigInt(slotArg(r)), 0, [], []);
    if (x < 0.97 && r.chance(0.05)) {
      // seL4 halts on DebugNameThread of anything but a TCB cap, or without an IPC buffer: only rarely.
      if (lookupIPCBuffer(false, ks.curThread) < 0 && r.chance(0.995)) return issue(SYSCALL.Yield, 0n, 0, [], []);
      const tcb = r.chance(0.998) ? pickOf(r, CapTag.Thread, () => ROOT_TCB) : slotArg(r);
      const name = Array.from({ length: r.int(12) }, () => BigInt(r.u32()) | (BigInt(r.u32()) << 32n));
      return issue(SYSCALL.DebugNameThread, BigInt(tcb), 0, [], [], name.map((v, k) => [1 + k, v] as [number, bigint]));
    }
    if (x < 0.99) return issue(SYSCALL.DebugDumpScheduler, 0n, 0, [], []);
    return issue(SYSCALL.DebugSnapshot, 0n, 0, [], []);
  };

  /** A worker: a TCB configured with a badged fault endpoint, a CSpace, a VSpace and an IPC buffer, then resumed. */
  const setupThread = (r: Rng): void => {
    const k = r.int(R.ntcb);
    const tslot = e0 + R.tcbs + k;
    const c = slotOf(tslot);
    if (c.tag !== CapTag.Thread) return call(r.pick(ramUntypeds), Label.UntypedRetype, [OBJ.TCB, 0, 0, 0, tslot, 1], [ROOT_CNODE]);
    if (slotOf(e0 + R.faultCopies + k).tag === CapTag.Null) {
      return call(ROOT_CNODE, Label.CNodeMint, [e0 + R.faultCopies + k, 64, e0 + R.faultEP, 64, 15, tslot], [ROOT_CNODE]);
    }
    if (c.tcb.state === ThreadState.Inactive) {
      if (c.tcb.regs.getPC() === 0n) return call(tslot, Label.TCBWriteRegisters, [0, 24, ...startRegs(0n, SYSCALL.Yield)], []);
      if (r.chance(0.5) && c.tcb.ipcBuffer === 0n) {
        const frame = pickOf(r, CapTag.Frame, () => slotArg(r));
        return call(tslot, Label.TCBConfigure, [e0 + R.faultCopies + k, 0, 0, 0x7f000], [r.chance(0.8) ? ROOT_CNODE : pickOf(r, CapTag.CNode, () => ROOT_CNODE), r.chance(0.7) ? ROOT_VSPACE : pickOf(r, CapTag.PageTable, () => ROOT_VSPACE), frame]);
      }
      if (r.chance(0.3)) return call(tslot, Label.TCBSetPriority, [prio(r)], [ROOT_TCB]);
      return call(tslot, Label.TCBResume, []);
    }
    return call(tslot, Label.TCBSetPriority, [prio(r)], [ROOT_TCB]);
  };

  /** A VSpace: a page table assigned an ASID, with page tables down to 0x10000, the code page and a buffer frame. */
  const setupSpace = (r: Rng): void => {
    const vslot = e0 + R.vspaces + r.int(R.nvspaces);
    const v = slotOf(vslot);
    if (v.tag !== CapTag.PageTable) return call(r.pick(ramUntypeds), Label.UntypedRetype, [OBJ.PageTable, 0, 0, 0, vslot, 1], [ROOT_CNODE]);
    if (v.mappedASID === 0) return call(ASID_POOL, Label.RISCVASIDPoolAssign, [], [vslot]);
    const x = r.int(3);
    if (x === 0) {
      const pt = region(r, R.pts, R.npts);
      if (slotOf(pt).tag !== CapTag.PageTable) return call(r.pick(ramUntypeds), Label.UntypedRetype, [OBJ.PageTable, 0, 0, 0, pt, 1], [ROOT_CNODE]);
      return call(pt, Label.RISCVPageTableMap, [r.chance(0.8) ? 0x10000 : 0x7f000, 0], [vslot]);
    }
    // A copy of the code frame (a frame cap maps once), mapped executable at 0x10000.
    const copy = region(r, R.frames, R.nframes);
    if (slotOf(copy).tag === CapTag.Null) return call(ROOT_CNODE, Label.CNodeCopy, [copy, 64, boot.bootInfo.userImageFrames.start, 64, 15], [ROOT_CNODE]);
    return call(copy, Label.RISCVPageMap, [x === 1 ? 0x10000 : 0x7f000, 3, 0], [vslot]);
  };

  const randomOp = (r: Rng): void => {
    const num = r.chance(0.3) ? -r.int(20) : r.chance(0.5) ? r.range(-16, 4) : Number(BigInt.asIntN(32, r.u64()));
    // DebugHalt and DebugNameThread of a non-TCB stop the whole machine (as in seL4): only rarely.
    if ((num === SYSCALL.DebugHalt || num === SYSCALL.DebugNameThread) && r.chance(0.995)) return issue(SYSCALL.Yield, 0n, 0, [], []);
    const caps = Array.from({ length: r.int(4) }, () => BigInt(slotArg(r)));
    issue(num, r.chance(0.8) ? BigInt(slotArg(r)) : r.u64(), r.chance(0.5) ? r.int(45) : r.u32(), Array.from({ length: r.int(10) }, () => word(r)), caps);
  };

  // ---- the program
  let reason = 'steps';
  let idx = -1;
  try {
    bootOne();
    for (idx of steps) {
      if (reason !== 'steps') {
        reason = 'steps';
        bootOne();
      }
      const t = ks.curThread;
      const before = ks.preemptions;
      const call0 = t.state;
      step(idx);
      const tag = t === ks.curThread ? lastTarget(t) : null;
      const res = s.run(1, s.cycles + 10 * s.config.cpuHz);
      if (opts.log !== undefined) {
        opts.log(`step ${idx}: "${t.name}" ${SYSCALL_NAME.get(Number(BigInt.asIntN(64, t.regs.getX(17)))) ?? t.regs.getX(17)} ${tag ?? ''} -> state ${t.state} a0=0x${t.regs.getX(10).toString(16)} a1=0x${t.regs.getX(11).toString(16)} now "${ks.curThread.name}" ${res.reason}`);
      }
      if (ks.preemptions !== before) preempted.add(t);
      opts.afterStep?.(ks, idx);
      // Invocation coverage: the label issued, the cap it went to and the error code it returned.
      if (tag !== null && (t.state === ThreadState.Running || t.state === ThreadState.Restart) && !preempted.has(t)) {
        const err = Number(t.regs.getX(11) >> 12n);
        bump(cov, `inv ${tag} ${err}`);
      }
      dig.add(t.regs.xlo[10]);
      dig.add(t.regs.xlo[11]);
      dig.add(t.state | (call0 << 8));
      const stopped = res.reason !== StopReason.InstructionLimit;
      if (!everyEntry && (stopped || (idx & 15) === 0)) {
        const errs = checkInvariants(ks);
        if (errs.length > 0) throw new Error(`kernel invariant violated after kernel entry ${ks.entries}: ${errs.join('; ')}`);
      }
      if (stopped) {
        reason = res.reason;
        bump(cov, `stop ${res.reason}`);
        dig.add(res.instructions);
      }
      if ((idx & 1023) === 0 && Date.now() - t0 > limit) {
        return result('time', `time bound: ${Date.now() - t0} ms after step ${idx}`, idx);
      }
    }
    if (!everyEntry) {
      const errs = checkInvariants(ks);
      if (errs.length > 0) throw new Error(`kernel invariant violated at the end: ${errs.join('; ')}`);
    }
  } catch (e) {
    return result('exception', `${(e as Error).stack ?? String(e)}`, idx);
  }
  bump(cov, 'boots', boots);
  bump(cov, 'output bytes', outBytes);
  return result(`${boots} boot${boots === 1 ? '' : 's'}`);

  /** `<cap kind> <label>` of a Call about to be issued by t to a kernel object (null for IPC and the rest). */
  function lastTarget(t: Tcb): string | null {
    if (t.regs.getX(17) !== BigInt.asUintN(64, -1n)) return null;
    const cptr = t.regs.getX(10);
    const cs = t.slots[0].cap;
    if (cs.tag !== CapTag.CNode || cs.obj !== boot.rootCNode || cptr >= BigInt(2 ** cnodeBits)) return null;
    const c = boot.rootCNode.slot(Number(cptr)).cap;
    if (c.tag === CapTag.Endpoint || c.tag === CapTag.Notification || c.tag === CapTag.Reply || c.tag === CapTag.Null) return null;
    const raw = Number(t.regs.getX(11) >> 12n);
    return `${CAP_NAMES[c.tag] ?? c.tag} ${labelNames.get(raw) ?? 'label' + raw}`;
  }
}

