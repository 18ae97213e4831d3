// Shared world-building helpers for kernel tests: objects from a RAM untyped, threads that get the CPU
// through the real scheduler, and real RISC-V code in the rootserver's image page.
import assert from 'node:assert/strict';
import { Harness, SYS, Reply } from './harness.js';
import { ObjType, capAt, findUntyped, freeSlots, retype } from './objects.js';
import { Label } from '../../src/kernel/api/labels.js';
import { SeL4Error } from '../../src/kernel/api/failures.js';
import { CapTag, Tcb, ThreadState } from '../../src/kernel/structures.js';
import { getRegister, setRegister } from '../../src/kernel/message.js';
import { USER_CONTEXT_X } from '../../src/arch/riscv/registers.js';
import { Code, addi, ecall } from '../cpu/asm.js';

export const TCB = 1, CNODE = 2, VSPACE = 3, IPCBUF = 10;
export const RIGHT_WRITE = 1;
/** Flags of CopyRegisters (MR0 bits). */
export const SUSPEND_SOURCE = 1, RESUME_TARGET = 2, TRANSFER_FRAME = 4, TRANSFER_INTEGER = 8;

export interface World {
  h: Harness;
  /** Root-CNode slot of the RAM untyped the objects come from (it has children). */
  ut: number;
  /** Reserve `n` empty root-CNode slots; returns the first. */
  reserve(n?: number): number;
  /** Allocate `n` objects of `type` into fresh root-CNode slots; returns the first slot. */
  make(type: number, sizeBits?: number, n?: number): number;
  tcb(slot: number): Tcb;
}

export function world(opts: ConstructorParameters<typeof Harness>[0] = {}): World {
  const h = new Harness(opts);
  const ut = findUntyped(h, 22);
  let next = freeSlots(h, 256);
  const reserve = (n = 1): number => {
    const s = next;
    next += n;
    return s;
  };
  const make = (type: number, sizeBits = 0, n = 1): number => {
    const s = reserve(n);
    retype(h, ut.slot, type, sizeBits, s, n);
    return s;
  };
  const tcb = (slot: number): Tcb => {
    const c = capAt(h, slot);
    assert.equal(c.tag, CapTag.Thread);
    return (c as { tcb: Tcb }).tcb;
  };
  return { h, ut: ut.slot, reserve, make, tcb };
}

export function expectErr(r: Reply, error: SeL4Error, mrs: bigint[] = []): void {
  assert.equal(r.label, error, `expected error ${error}, got ${r.label} mrs=[${r.mrs.join(', ')}]`);
  assert.deepEqual(r.mrs, mrs);
  assert.equal(r.length, mrs.length);
}

export function ok(r: Reply): void {
  assert.equal(r.label, 0, `invocation failed with ${r.label} mrs=[${r.mrs.join(', ')}]`);
}

/** Set register `idx` of seL4_UserContext directly (test setup only). */
export function poke(t: Tcb, idx: number, v: bigint): void {
  if (idx === 0) {
    t.faultIPLo = Number(v & 0xffffffffn) | 0;
    t.faultIPHi = Number((v >> 32n) & 0xffffffffn) | 0;
  } else {
    setRegister(t, USER_CONTEXT_X[idx], v);
  }
}

export function peek(t: Tcb, idx: number): bigint {
  if (idx === 0) return BigInt.asUintN(64, (BigInt(t.faultIPHi) << 32n) | BigInt(t.faultIPLo >>> 0));
  return getRegister(t, USER_CONTEXT_X[idx]);
}

export const pattern = (i: number, salt = 0n): bigint => BigInt.asUintN(64, 0x1111_0000_0000_0000n * BigInt(i + 1) + 0x100n * BigInt(i) + salt);

/** Give `t` a CSpace (the root CNode), the root VSpace, and an IPC buffer frame of its own (or none). */
export function giveSpace(w: World, tslot: number, withBuffer = true): void {
  const { h } = w;
  if (withBuffer) {
    const frame = w.make(ObjType.SmallPage);
    ok(h.invoke(tslot, Label.TCBConfigure, [0, 0, 0, 0x7f000], [CNODE, VSPACE, frame]));
  } else {
    ok(h.invoke(tslot, Label.TCBConfigure, [0, 0, 0, 0], [CNODE, VSPACE, IPCBUF]));
  }
}

/**
 * Make `t` the current thread through the scheduler: same priority as the current thread, resumed if stopped,
 * then the current thread yields (it goes to the tail of the queue, `t` is at its head).
 */
export function become(w: World, tslot: number): void {
  const { h } = w;
  const t = w.tcb(tslot);
  const cur = h.cur;
  ok(h.invoke(tslot, Label.TCBSetPriority, [cur.priority], [TCB]));
  if (t.state !== ThreadState.Running && t.state !== ThreadState.Restart) ok(h.invoke(tslot, Label.TCBResume));
  h.syscall(SYS.Yield, 0n, 0);
  assert.equal(h.cur, t, 'the thread did not get the CPU');
  assert.equal(t.state, ThreadState.Running);
}

/** Let the harness rootserver's real code be harmless: at its `ecall` with a7 = Yield. */
export function parkRoot(h: Harness): void {
  h.root.regs.setPC(0x10000n);
  setRegister(h.root, 17, BigInt.asUintN(64, -7n));
}

/** Write RISC-V code into the rootserver's image page (vaddr 0x10000) at `offset`; returns its vaddr. */
export function writeCode(h: Harness, offset: number, code: Code): bigint {
  const frameSlot = h.sys.boot.bootInfo.userImageFrames.start;
  const frame = capAt(h, frameSlot);
  assert.equal(frame.tag, CapTag.Frame);
  const paddr = (frame as { paddr: number }).paddr;
  const bytes = code.toBytes();
  for (let i = 0; i < bytes.length; i++) h.ks.mem.write8(paddr + offset + i, bytes[i]);
  return 0x10000n + BigInt(offset);
}

export const A0 = 10, A7 = 17;
export const putChar = (c: string) => [addi(A0, 0, c.charCodeAt(0)), addi(A7, 0, -9), ecall];
export const halt = [addi(A7, 0, -11), ecall];


/**
 * Re-execute an invocation until it completes without being preempted, as the thread's restarted ecall would;
 * returns the final reply and how many times it was preempted.
 */
export function untilDone(h: Harness, f: () => Reply): { reply: Reply; preempted: number } {
  let preempted = 0;
  for (;;) {
    const before = h.ks.preemptions;
    const r = f();
    if (h.ks.preemptions === before) return { reply: r, preempted };
    preempted++;
    assert.equal(h.cur.state, ThreadState.Running, 'a preempted thread restarts its syscall');
    assert.ok(preempted < 10_000);
  }
}
