// TCB invocations (seL4 src/object/tcb.c; manual §6, fact sheet §5.4, §9): every decode check with its error
// code and error MRs, register round trips in seL4_UserContext order, scheduling effects, and TCB deletion.
// Objects are made with real Untyped_Retype invocations; second threads run real RISC-V code where it matters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness, SYS } from './lib/harness.js';
import {
  TCB, CNODE, VSPACE, IPCBUF, RIGHT_WRITE, SUSPEND_SOURCE, RESUME_TARGET, TRANSFER_FRAME, TRANSFER_INTEGER, World, world,
  expectErr, ok, poke, peek, pattern, giveSpace, become, parkRoot, writeCode, A0, A7, putChar, halt,
} from './lib/world.js';
import { ObjType, capAt, findUntyped, freeSlots, retype, rootSlot } from './lib/objects.js';
import { Label } from '../src/kernel/api/labels.js';
import { SeL4Error } from '../src/kernel/api/failures.js';
import { CapTag, EPState, NtfnState, Tcb, TcbSlot, ThreadState } from '../src/kernel/structures.js';
import { getRegister, setRegister } from '../src/kernel/message.js';
import { USER_CONTEXT_X } from '../src/arch/riscv/registers.js';
import { StopReason } from '../src/system.js';
import { Code, addi, ecall, fop, jal } from './cpu/asm.js';

// ---------------------------------------------------------------------------------------------------------------

test('TCB caps reject labels of other objects with IllegalOperation', () => {
  const { h } = world();
  expectErr(h.invoke(TCB, Label.CNodeRevoke, [0, 0]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(TCB, Label.UntypedRetype, [0, 0, 0, 0, 0, 0]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(TCB, Label.RISCVPageGetAddress), SeL4Error.IllegalOperation);
});

test('ReadRegisters: checks, UserContext order, pc = FaultIP, suspend_source', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  const t = w.tcb(ts);
  expectErr(h.invoke(ts, Label.TCBReadRegisters, [0]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(ts, Label.TCBReadRegisters, []), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(ts, Label.TCBReadRegisters, [0, 0]), SeL4Error.RangeError, [1n, 32n]);
  expectErr(h.invoke(ts, Label.TCBReadRegisters, [0, 33]), SeL4Error.RangeError, [1n, 32n]);
  expectErr(h.invoke(ts, Label.TCBReadRegisters, [0, 2n ** 64n - 1n]), SeL4Error.RangeError, [1n, 32n]);
  expectErr(h.invoke(TCB, Label.TCBReadRegisters, [0, 4]), SeL4Error.IllegalOperation);

  for (let i = 0; i < 32; i++) poke(t, i, pattern(i));
  t.regs.setPC(0xdead0000n); // NextIP differs from FaultIP: "pc" reads FaultIP
  let r = h.invoke(ts, Label.TCBReadRegisters, [0, 32]);
  assert.equal(r.label, 0);
  assert.equal(r.length, 32);
  assert.equal(r.badge, 0n);
  assert.deepEqual(r.mrs, Array.from({ length: 32 }, (_, i) => pattern(i)));
  assert.equal(r.mrs[0], pattern(0), 'MR0 is FaultIP');
  assert.equal(r.mrs[31], getRegister(t, 4), 'MR31 is tp');
  assert.equal(r.mrs[16], getRegister(t, 10), 'MR16 is a0');
  assert.equal(r.mrs[24], getRegister(t, 5), 'MR24 is t0');

  r = h.invoke(ts, Label.TCBReadRegisters, [0xff00, 3]); // arch flags are ignored on RISC-V
  assert.deepEqual([r.label, r.length, r.mrs], [0, 3, [pattern(0), pattern(1), pattern(2)]]);
  assert.equal(h.root.state, ThreadState.Running);

  // suspend_source: a runnable thread is stopped first
  ok(h.invoke(ts, Label.TCBResume));
  assert.equal(t.state, ThreadState.Restart);
  r = h.invoke(ts, Label.TCBReadRegisters, [1, 1]);
  assert.deepEqual([r.label, r.length], [0, 1]);
  assert.equal(t.state, ThreadState.Inactive);
  assert.equal(t.inReadyQueue, false);
});

test('ReadRegisters by a thread without an IPC buffer returns only MR0..MR3', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  giveSpace(w, ts, false);
  become(w, ts);
  for (let i = 0; i < 32; i++) poke(h.root, i, pattern(i, 7n));
  const r = h.invoke(TCB, Label.TCBReadRegisters, [0, 10]);
  assert.deepEqual([r.label, r.length], [0, 4]);
  assert.deepEqual(r.mrs, [pattern(0, 7n), pattern(1, 7n), pattern(2, 7n), pattern(3, 7n)]);
});

test('ReadRegisters sent with Send writes no reply but still suspends the source', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  ok(h.invoke(ts, Label.TCBResume));
  const r = h.syscall(SYS.Send, BigInt(ts), Label.TCBReadRegisters, [1n, 5n]);
  assert.equal(r.label, Label.TCBReadRegisters, 'the message info register is untouched');
  assert.equal(w.tcb(ts).state, ThreadState.Inactive);
  assert.equal(h.root.state, ThreadState.Running);
});

test('WriteRegisters: checks, round trip, NextIP := pc, clamping and resume_target', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  const t = w.tcb(ts);
  expectErr(h.invoke(ts, Label.TCBWriteRegisters, [0]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(ts, Label.TCBWriteRegisters, [0, 3, 1, 2]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(ts, Label.TCBWriteRegisters, [0, 2n ** 64n - 1n, 1, 2]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(TCB, Label.TCBWriteRegisters, [0, 1, 0x1000]), SeL4Error.IllegalOperation);

  const vals = Array.from({ length: 32 }, (_, i) => pattern(i, 3n));
  ok(h.invoke(ts, Label.TCBWriteRegisters, [0, 32, ...vals]));
  for (let i = 0; i < 32; i++) assert.equal(peek(t, i), vals[i], `register ${i}`);
  assert.equal(t.regs.getPC(), vals[0], 'NextIP follows the written pc');
  assert.equal(t.state, ThreadState.Inactive, 'no resume without the flag');
  const r = h.invoke(ts, Label.TCBReadRegisters, [0, 32]);
  assert.deepEqual(r.mrs, vals);

  // count 0 writes nothing but still sets NextIP := FaultIP
  t.regs.setPC(0x4444n);
  ok(h.invoke(ts, Label.TCBWriteRegisters, [0, 0]));
  assert.equal(t.regs.getPC(), vals[0]);

  // a partial write leaves the other registers; no masking of any register on RISC-V
  ok(h.invoke(ts, Label.TCBWriteRegisters, [0, 2, 0x20001, 2n ** 64n - 1n]));
  assert.equal(peek(t, 0), 0x20001n);
  assert.equal(peek(t, 1), 2n ** 64n - 1n);
  assert.equal(peek(t, 2), vals[2]);

  // more than 32 registers: clamped to 32, extra words ignored
  const many = Array.from({ length: 40 }, (_, i) => BigInt(i + 100));
  ok(h.invoke(ts, Label.TCBWriteRegisters, [0, 40, ...many]));
  for (let i = 0; i < 32; i++) assert.equal(peek(t, i), BigInt(i + 100));

  // resume_target
  ok(h.invoke(ts, Label.TCBWriteRegisters, [1, 1, 0x10000]));
  assert.equal(t.state, ThreadState.Restart);
  assert.equal(t.inReadyQueue, true);
});

test('CopyRegisters: checks and every flag combination', () => {
  const w = world();
  const { h } = w;
  const src = w.make(ObjType.TCB);
  const dst = w.make(ObjType.TCB);
  const S = w.tcb(src), D = w.tcb(dst);
  expectErr(h.invoke(dst, Label.TCBCopyRegisters, [0]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(dst, Label.TCBCopyRegisters, [], [src]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(dst, Label.TCBCopyRegisters, [TRANSFER_FRAME], [CNODE]), SeL4Error.InvalidCapability, [1n]);

  for (let flags = 0; flags < 16; flags++) {
    for (let i = 0; i < 32; i++) {
      poke(S, i, pattern(i, BigInt(flags)));
      poke(D, i, 0xd0d0n + BigInt(i));
    }
    D.regs.setPC(0x7777n);
    // both runnable before the call
    if (S.state === ThreadState.Inactive) ok(h.invoke(src, Label.TCBResume));
    ok(h.invoke(dst, Label.TCBSuspend));
    const sBefore = S.state;
    ok(h.invoke(dst, Label.TCBCopyRegisters, [flags | 0xab00], [src]));
    for (let i = 0; i < 32; i++) {
      const copied = i < 16 ? (flags & TRANSFER_FRAME) !== 0 : (flags & TRANSFER_INTEGER) !== 0;
      assert.equal(peek(D, i), copied ? pattern(i, BigInt(flags)) : 0xd0d0n + BigInt(i), `flags ${flags} reg ${i}`);
    }
    if (flags & TRANSFER_FRAME) assert.equal(D.regs.getPC(), pattern(0, BigInt(flags)), 'NextIP := copied pc');
    else if (flags & RESUME_TARGET) assert.equal(D.state, ThreadState.Restart);
    else assert.equal(D.regs.getPC(), 0x7777n);
    assert.equal(S.state, flags & SUSPEND_SOURCE ? ThreadState.Inactive : sBefore, `flags ${flags} source state`);
    assert.equal(D.state, flags & RESUME_TARGET ? ThreadState.Restart : ThreadState.Inactive, `flags ${flags} dest state`);
    for (let i = 0; i < 32; i++) assert.equal(peek(S, i), pattern(i, BigInt(flags)), 'source unchanged');
  }
});

test('CopyRegisters into the calling thread itself', () => {
  const w = world();
  const { h } = w;
  const src = w.make(ObjType.TCB);
  const S = w.tcb(src);
  for (let i = 0; i < 32; i++) poke(S, i, pattern(i, 9n));
  const r = h.invoke(TCB, Label.TCBCopyRegisters, [TRANSFER_FRAME | TRANSFER_INTEGER], [src]);
  assert.equal(r.label, 0);
  // the success reply overwrites a0/a1 (a0 = badge 0); everything else is the source's
  assert.equal(h.root.regs.getPC(), pattern(0, 9n));
  for (let i = 1; i < 32; i++) {
    if (i === 16 || i === 17) continue;
    assert.equal(peek(h.root, i), pattern(i, 9n), `reg ${i}`);
  }
});

test('Configure: every check, in seL4 order, with its error', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  const cn = w.make(ObjType.CapTable, 4);
  const frame = w.make(ObjType.SmallPage);
  const pt = w.make(ObjType.PageTable);
  const ut = w.ut; // has children
  const dev = findUntyped(h, 12, true);
  const devFrame = w.reserve();
  retype(h, dev.slot, ObjType.SmallPage, 0, devFrame);

  // length and extra caps
  expectErr(h.invoke(ts, Label.TCBConfigure, [0, 0, 0], [CNODE, VSPACE, frame]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(ts, Label.TCBConfigure, [0, 0, 0, 0], [CNODE, VSPACE]), SeL4Error.TruncatedMessage);
  // buffer: derive failure, non-frame, device frame, alignment
  expectErr(h.invoke(ts, Label.TCBConfigure, [0, 0, 0, 0x7f000], [CNODE, VSPACE, ut]), SeL4Error.RevokeFirst);
  expectErr(h.invoke(ts, Label.TCBConfigure, [0, 0, 0, 0x7f000], [CNODE, VSPACE, cn]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(ts, Label.TCBConfigure, [0, 0, 0, 0x7f000], [CNODE, VSPACE, devFrame]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(ts, Label.TCBConfigure, [0, 0, 0, 0x7f200], [CNODE, VSPACE, frame]), SeL4Error.AlignmentError);
  expectErr(h.invoke(ts, Label.TCBConfigure, [0, 0, 0, 0x7f001], [CNODE, VSPACE, frame]), SeL4Error.AlignmentError);
  // cspace root: derive failure, not a CNode, cap data giving a null cap
  expectErr(h.invoke(ts, Label.TCBConfigure, [0, 0, 0, 0], [ut, VSPACE, frame]), SeL4Error.RevokeFirst);
  expectErr(h.invoke(ts, Label.TCBConfigure, [0, 0, 0, 0], [frame, VSPACE, frame]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(ts, Label.TCBConfigure, [0, 61, 0, 0], [cn, VSPACE, frame]), SeL4Error.IllegalOperation);
  // vspace root: unmapped page table (derive fails), not a page table
  expectErr(h.invoke(ts, Label.TCBConfigure, [0, 0, 0, 0], [CNODE, pt, frame]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(ts, Label.TCBConfigure, [0, 0, 0, 0], [CNODE, frame, frame]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(ts, Label.TCBConfigure, [0, 0, 5, 0], [CNODE, CNODE, frame]), SeL4Error.IllegalOperation);
  // the buffer is checked before the spaces
  expectErr(h.invoke(ts, Label.TCBConfigure, [0, 0, 0, 0x7f200], [frame, pt, frame]), SeL4Error.AlignmentError);
  const t = w.tcb(ts);
  assert.equal(t.slots[TcbSlot.CTable].cap.tag, CapTag.Null, 'failed Configure changed nothing');
  assert.equal(t.faultHandler, 0n);
  // a device frame is fine when buffer = 0 (the cap is then ignored)
  ok(h.invoke(ts, Label.TCBConfigure, [0, 0, 0, 0], [CNODE, VSPACE, devFrame]));
  assert.equal(t.slots[TcbSlot.Buffer].cap.tag, CapTag.Null);
});

test('Configure installs fault endpoint, CSpace (with guard data), VSpace and IPC buffer', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  const t = w.tcb(ts);
  const cn = w.make(ObjType.CapTable, 4);
  const frame = w.make(ObjType.SmallPage);
  const guardData = 60n | (0n << 6n); // guard size 60 + radix 4 = 64 bits
  ok(h.invoke(ts, Label.TCBConfigure, [0x1234, guardData, 0x99, 0x7f400], [cn, VSPACE, IPCBUF]));
  assert.equal(t.faultHandler, 0x1234n);
  assert.equal(t.ipcBuffer, 0x7f400n);
  const c = t.slots[TcbSlot.CTable];
  assert.equal(c.cap.tag, CapTag.CNode);
  assert.equal((c.cap as { guardSize: number }).guardSize, 60);
  assert.equal(c.mdbPrev, rootSlot(h, cn), 'inserted as a child of the source slot');
  const v = t.slots[TcbSlot.VTable];
  assert.equal(v.cap.tag, CapTag.PageTable);
  assert.equal(v.mdbPrev, rootSlot(h, VSPACE));
  const b = t.slots[TcbSlot.Buffer];
  assert.equal(b.cap.tag, CapTag.Frame);
  const bc = b.cap as { paddr: number; mappedASID: number; mappedAddress: number };
  assert.equal(bc.paddr, (capAt(h, IPCBUF) as { paddr: number }).paddr);
  assert.deepEqual([bc.mappedASID, bc.mappedAddress], [0, 0], 'derived frame cap is unmapped');

  // reconfigure: old caps are deleted and replaced; buffer 0 clears the buffer
  ok(h.invoke(ts, Label.TCBConfigure, [7, 0, 0, 0], [CNODE, VSPACE, frame]));
  assert.equal(t.faultHandler, 7n);
  assert.equal(t.ipcBuffer, 0n);
  assert.equal((t.slots[TcbSlot.CTable].cap as { obj: unknown }).obj, h.sys.boot.rootCNode);
  assert.equal(t.slots[TcbSlot.Buffer].cap.tag, CapTag.Null);
  assert.equal(rootSlot(h, cn).mdbNext === c, false);
  assert.equal(t.priority, 0, 'Configure leaves the priority alone');
});

test('Configure and SetSpace refuse while the CSpace is being deleted (final CNode cap in the TCB)', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  const cn = w.make(ObjType.CapTable, 4);
  ok(h.invoke(ts, Label.TCBSetSpace, [0, 0, 0], [cn, VSPACE]));
  ok(h.invoke(CNODE, Label.CNodeDelete, [cn, 64]));
  expectErr(h.invoke(ts, Label.TCBConfigure, [0, 0, 0, 0], [CNODE, VSPACE, IPCBUF]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(ts, Label.TCBSetSpace, [0, 0, 0], [CNODE, VSPACE]), SeL4Error.IllegalOperation);
  // SetIPCBuffer does not look at the spaces
  ok(h.invoke(ts, Label.TCBSetIPCBuffer, [0x7f000], [IPCBUF]));
});

test('SetSpace: checks and success', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  const t = w.tcb(ts);
  const pt = w.make(ObjType.PageTable);
  const cn = w.make(ObjType.CapTable, 3);
  expectErr(h.invoke(ts, Label.TCBSetSpace, [0, 0], [CNODE, VSPACE]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(ts, Label.TCBSetSpace, [0, 0, 0], [CNODE]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(ts, Label.TCBSetSpace, [0, 0, 0], [VSPACE, VSPACE]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(ts, Label.TCBSetSpace, [0, 0, 0], [CNODE, pt]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(ts, Label.TCBSetSpace, [0, 0, 0], [CNODE, TCB]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(ts, Label.TCBSetSpace, [0, 62, 0], [cn, VSPACE]), SeL4Error.IllegalOperation);
  ok(h.invoke(ts, Label.TCBSetSpace, [0xabc, 61, 0, 0], [cn, VSPACE]));
  assert.equal(t.faultHandler, 0xabcn);
  assert.equal((t.slots[TcbSlot.CTable].cap as { guardSize: number }).guardSize, 61);
  assert.equal(t.slots[TcbSlot.VTable].cap.tag, CapTag.PageTable);
  assert.equal(t.slots[TcbSlot.Buffer].cap.tag, CapTag.Null, 'SetSpace does not touch the buffer');
});

test('SetIPCBuffer: checks and success', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  const t = w.tcb(ts);
  const frame = w.make(ObjType.SmallPage);
  const dev = findUntyped(h, 12, true);
  const devFrame = w.reserve();
  retype(h, dev.slot, ObjType.SmallPage, 0, devFrame);
  expectErr(h.invoke(ts, Label.TCBSetIPCBuffer, [0x7f000]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(ts, Label.TCBSetIPCBuffer, [], [frame]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(ts, Label.TCBSetIPCBuffer, [0x7f000], [CNODE]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(ts, Label.TCBSetIPCBuffer, [0x7f000], [devFrame]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(ts, Label.TCBSetIPCBuffer, [0x7f3ff], [frame]), SeL4Error.AlignmentError);
  ok(h.invoke(ts, Label.TCBSetIPCBuffer, [0x7fc00], [frame]));
  assert.equal(t.ipcBuffer, 0x7fc00n);
  assert.equal(t.slots[TcbSlot.Buffer].mdbPrev, rootSlot(h, frame));
  // 0 removes the buffer; any cap is accepted then
  ok(h.invoke(ts, Label.TCBSetIPCBuffer, [0], [CNODE]));
  assert.equal(t.ipcBuffer, 0n);
  assert.equal(t.slots[TcbSlot.Buffer].cap.tag, CapTag.Null);
});

test('SetPriority, SetMCPriority and SetSchedParams: authority and MCP rules', () => {
  const w = world();
  const { h } = w;
  const a = w.make(ObjType.TCB);
  const b = w.make(ObjType.TCB);
  const A = w.tcb(a), B = w.tcb(b);
  for (const label of [Label.TCBSetPriority, Label.TCBSetMCPriority]) {
    expectErr(h.invoke(b, label, [], [TCB]), SeL4Error.TruncatedMessage);
    expectErr(h.invoke(b, label, [1]), SeL4Error.TruncatedMessage);
    expectErr(h.invoke(b, label, [1], [CNODE]), SeL4Error.InvalidCapability, [1n]);
    expectErr(h.invoke(b, label, [256], [TCB]), SeL4Error.RangeError, [0n, 255n]);
    expectErr(h.invoke(b, label, [2n ** 64n - 1n], [TCB]), SeL4Error.RangeError, [0n, 255n]);
    expectErr(h.invoke(b, label, [1], [a]), SeL4Error.RangeError, [0n, 0n], );
  }
  expectErr(h.invoke(b, Label.TCBSetSchedParams, [1], [TCB]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(b, Label.TCBSetSchedParams, [1, 1]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(b, Label.TCBSetSchedParams, [1, 1], [VSPACE]), SeL4Error.InvalidCapability, [1n]);

  ok(h.invoke(a, Label.TCBSetMCPriority, [100], [TCB]));
  assert.equal(A.mcp, 100);
  assert.equal(A.priority, 0);
  expectErr(h.invoke(b, Label.TCBSetPriority, [101], [a]), SeL4Error.RangeError, [0n, 100n]);
  ok(h.invoke(b, Label.TCBSetPriority, [100], [a]));
  assert.equal(B.priority, 100);
  expectErr(h.invoke(b, Label.TCBSetMCPriority, [101], [a]), SeL4Error.RangeError, [0n, 100n]);
  ok(h.invoke(b, Label.TCBSetMCPriority, [0], [a]));
  assert.equal(B.mcp, 0);
  // SetSchedParams: MCP first, then priority, both against the authority's MCP
  expectErr(h.invoke(b, Label.TCBSetSchedParams, [101, 5], [a]), SeL4Error.RangeError, [0n, 100n]);
  expectErr(h.invoke(b, Label.TCBSetSchedParams, [5, 101], [a]), SeL4Error.RangeError, [0n, 100n]);
  assert.deepEqual([B.mcp, B.priority], [0, 100], 'failed calls change nothing');
  ok(h.invoke(b, Label.TCBSetSchedParams, [50, 60], [a]));
  assert.deepEqual([B.mcp, B.priority], [50, 60]);
  // a thread may be its own authority
  ok(h.invoke(b, Label.TCBSetPriority, [50], [b]));
  expectErr(h.invoke(b, Label.TCBSetPriority, [51], [b]), SeL4Error.RangeError, [0n, 50n]);
});

test('priority changes move runnable threads between ready queues and may preempt the caller', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  const t = w.tcb(ts);
  ok(h.invoke(ts, Label.TCBResume));
  assert.ok(h.ks.readyQueues[0][0].includes(t));
  ok(h.invoke(ts, Label.TCBSetPriority, [40], [TCB]));
  assert.ok(!h.ks.readyQueues[0][0].includes(t));
  assert.ok(h.ks.readyQueues[0][40].includes(t));
  assert.equal(h.cur, h.root, 'a lower-priority thread does not preempt');
  // an inactive thread changes priority without entering a queue
  ok(h.invoke(ts, Label.TCBSuspend));
  ok(h.invoke(ts, Label.TCBSetPriority, [41], [TCB]));
  assert.equal(t.inReadyQueue, false);
  ok(h.invoke(ts, Label.TCBResume));
  // the caller lowers itself below a runnable thread: it loses the CPU at once
  ok(h.invoke(TCB, Label.TCBSetPriority, [10], [TCB]));
  assert.equal(h.root.priority, 10);
  assert.equal(h.cur, t);
  assert.ok(h.ks.readyQueues[0][10].includes(h.root));
  // raising a runnable thread above the current one switches to it
  const w2 = world();
  const u = w2.make(ObjType.TCB);
  const U = w2.tcb(u);
  ok(w2.h.invoke(u, Label.TCBResume));
  ok(w2.h.invoke(TCB, Label.TCBSetPriority, [100], [TCB]));
  assert.equal(w2.h.cur, w2.h.root);
  ok(w2.h.invoke(u, Label.TCBSetPriority, [200], [TCB]));
  assert.equal(w2.h.cur, U);
  assert.equal(U.inReadyQueue, false);
});

test('Suspend and Resume: queues, blocked threads, FaultIP', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  const t = w.tcb(ts);
  const ep = w.make(ObjType.Endpoint);
  const epObj = (capAt(h, ep) as { obj: { state: EPState; queue: Tcb[] } }).obj;
  giveSpace(w, ts);
  // Resume of a runnable thread does nothing
  ok(h.invoke(ts, Label.TCBResume));
  assert.equal(t.state, ThreadState.Restart);
  ok(h.invoke(ts, Label.TCBResume));
  assert.equal(t.state, ThreadState.Restart);
  ok(h.invoke(ts, Label.TCBSuspend));
  assert.deepEqual([t.state, t.inReadyQueue], [ThreadState.Inactive, false]);
  ok(h.invoke(ts, Label.TCBSuspend));
  assert.equal(t.state, ThreadState.Inactive);

  // t blocks receiving on the endpoint
  become(w, ts);
  h.syscall(SYS.Recv, BigInt(ep), 0);
  const recvIP = BigInt.asUintN(64, (BigInt(t.faultIPHi) << 32n) | BigInt(t.faultIPLo >>> 0));
  assert.equal(t.state, ThreadState.BlockedOnReceive);
  assert.equal(h.cur, h.root);
  assert.deepEqual([epObj.state, epObj.queue], [EPState.Recv, [t]]);
  // Suspend takes it off the endpoint queue
  ok(h.invoke(ts, Label.TCBSuspend));
  assert.deepEqual([t.state, epObj.state, epObj.queue.length], [ThreadState.Inactive, EPState.Idle, 0]);

  // blocked again, then Resume: cancels the IPC and restarts at FaultIP (the Recv ecall)
  become(w, ts);
  h.syscall(SYS.Recv, BigInt(ep), 0);
  assert.equal(t.state, ThreadState.BlockedOnReceive);
  ok(h.invoke(ts, Label.TCBResume));
  assert.deepEqual([t.state, epObj.state, epObj.queue.length], [ThreadState.Restart, EPState.Idle, 0]);
  h.syscall(SYS.Yield, 0n, 0);
  assert.equal(h.cur, t);
  assert.equal(t.regs.getPC(), recvIP, 'restarted at FaultIP');
  assert.equal(t.slots[TcbSlot.Reply].cap.tag, CapTag.Reply, 'restart sets up the reply master');
});

test('a thread may suspend itself; when resumed it re-executes the same syscall', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  const t = w.tcb(ts);
  giveSpace(w, ts);
  ok(h.invoke(ts, Label.TCBResume));
  const r = h.invoke(TCB, Label.TCBSuspend);
  assert.equal(r.label, Label.TCBSuspend, 'no reply is written to a suspended caller');
  assert.equal(h.root.state, ThreadState.Inactive);
  assert.equal(h.cur, t);
  const suspendIP = BigInt.asUintN(64, (BigInt(h.root.faultIPHi) << 32n) | BigInt(h.root.faultIPLo >>> 0));
  ok(h.invoke(TCB, Label.TCBResume)); // t resumes the higher-priority rootserver, which preempts it at once
  assert.equal(h.cur, h.root);
  assert.equal(h.root.state, ThreadState.Running);
  assert.equal(h.root.regs.getPC(), suspendIP, 'NextIP := FaultIP, the Suspend ecall');
  assert.equal(t.state, ThreadState.Running);
  assert.ok(t.inReadyQueue);
});

test('BindNotification and UnbindNotification: every IllegalOperation case', () => {
  const w = world();
  const { h } = w;
  const a = w.make(ObjType.TCB);
  const b = w.make(ObjType.TCB);
  const A = w.tcb(a), B = w.tcb(b);
  const n1 = w.make(ObjType.Notification);
  const n2 = w.make(ObjType.Notification);
  const n3 = w.make(ObjType.Notification);
  const ntfn = (s: number) => (capAt(h, s) as { obj: { boundTCB: Tcb | null; state: NtfnState } }).obj;
  const sendOnly = w.reserve();
  ok(h.invoke(CNODE, Label.CNodeMint, [sendOnly, 64, n1, 64, RIGHT_WRITE, 0], [CNODE]));

  expectErr(h.invoke(a, Label.TCBBindNotification), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(a, Label.TCBBindNotification, [], [CNODE]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(a, Label.TCBBindNotification, [], [sendOnly]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(a, Label.TCBUnbindNotification), SeL4Error.IllegalOperation);
  ok(h.invoke(a, Label.TCBBindNotification, [], [n1]));
  assert.equal(A.boundNotification, ntfn(n1));
  assert.equal(ntfn(n1).boundTCB, A);
  expectErr(h.invoke(a, Label.TCBBindNotification, [], [n2]), SeL4Error.IllegalOperation, []);
  expectErr(h.invoke(b, Label.TCBBindNotification, [], [n1]), SeL4Error.IllegalOperation, []);
  // a notification with waiters cannot be bound
  giveSpace(w, b);
  become(w, b);
  h.syscall(SYS.Recv, BigInt(n3), 0);
  assert.equal(B.state, ThreadState.BlockedOnNotification);
  assert.equal(h.cur, h.root);
  expectErr(h.invoke(TCB, Label.TCBBindNotification, [], [n3]), SeL4Error.IllegalOperation);
  ok(h.invoke(TCB, Label.TCBBindNotification, [], [n2]));
  // unbind
  ok(h.invoke(a, Label.TCBUnbindNotification));
  assert.equal(A.boundNotification, null);
  assert.equal(ntfn(n1).boundTCB, null);
  expectErr(h.invoke(a, Label.TCBUnbindNotification), SeL4Error.IllegalOperation);
  ok(h.invoke(b, Label.TCBBindNotification, [], [n1]), );
  assert.equal(B.boundNotification, ntfn(n1));
});

test('SetTLSBase sets tp', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  expectErr(h.invoke(ts, Label.TCBSetTLSBase, []), SeL4Error.TruncatedMessage);
  ok(h.invoke(ts, Label.TCBSetTLSBase, [0xfeedface12345678n]));
  assert.equal(getRegister(w.tcb(ts), 4), 0xfeedface12345678n);
  const r = h.invoke(ts, Label.TCBReadRegisters, [0, 32]);
  assert.equal(r.mrs[31], 0xfeedface12345678n);
  ok(h.invoke(TCB, Label.TCBSetTLSBase, [0x5000]));
  assert.equal(getRegister(h.root, 4), 0x5000n);
});

test('SetFlags: clear/set semantics and reply', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  const t = w.tcb(ts);
  expectErr(h.invoke(ts, Label.TCBSetFlags, [0]), SeL4Error.TruncatedMessage);
  let r = h.invoke(ts, Label.TCBSetFlags, [0, 0]);
  assert.deepEqual([r.label, r.length, r.mrs, r.badge], [0, 1, [0n], 0n]);
  r = h.invoke(ts, Label.TCBSetFlags, [0, 2n ** 64n - 1n]);
  assert.deepEqual([r.label, r.length, r.mrs], [0, 1, [1n]], 'only fpuDisabled can be set');
  assert.equal(t.flags, 1n);
  r = h.invoke(ts, Label.TCBSetFlags, [0, 0]);
  assert.deepEqual(r.mrs, [1n]);
  r = h.invoke(ts, Label.TCBSetFlags, [1, 1]);
  assert.deepEqual(r.mrs, [1n], 'set wins over clear');
  r = h.invoke(ts, Label.TCBSetFlags, [2n ** 64n - 1n, 0]);
  assert.deepEqual(r.mrs, [0n]);
  assert.equal(t.flags, 0n);
  r = h.invoke(TCB, Label.TCBSetFlags, [0, 1]);
  assert.deepEqual(r.mrs, [1n]);
  assert.equal(h.root.flags, 1n);
});

test('TCB_SetFlags does not exist in the 13.0.0 ABI', () => {
  const h = new Harness({ config: { abi: 13, printing: false } });
  // Raw 16 is CNodeRevoke in 13.0.0: not a TCB method.
  const r = h.syscall(SYS.Call, 1n, 16, [0n, 1n]);
  expectErr(r, SeL4Error.IllegalOperation);
  assert.equal(h.root.flags, 0n);
});

test('deleting a TCB: unbinds, leaves IPC queues and ready queues, clears its slots', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  const t = w.tcb(ts);
  const ep = w.make(ObjType.Endpoint);
  const n = w.make(ObjType.Notification);
  const epObj = (capAt(h, ep) as { obj: { state: EPState; queue: Tcb[] } }).obj;
  giveSpace(w, ts);
  ok(h.invoke(ts, Label.TCBBindNotification, [], [n]));
  become(w, ts);
  h.syscall(SYS.Recv, BigInt(ep), 0);
  assert.equal(t.state, ThreadState.BlockedOnReceive);
  const ntfnObj = t.boundNotification!;
  const bufCte = t.slots[TcbSlot.Buffer];
  const bufFrameSlot = bufCte.mdbPrev!;
  ok(h.invoke(CNODE, Label.CNodeDelete, [ts, 64]));
  assert.equal(h.ks.threads.has(t), false);
  assert.equal(h.ks.objects.has(t), false);
  assert.deepEqual([epObj.state, epObj.queue.length], [EPState.Idle, 0]);
  assert.equal(ntfnObj.boundTCB, null);
  for (const s of t.slots) assert.equal(s.cap.tag, CapTag.Null);
  assert.notEqual(bufFrameSlot.mdbNext, bufCte, 'the buffer cap left the derivation tree');
  assert.deepEqual([bufCte.mdbPrev, bufCte.mdbNext], [null, null]);
  assert.equal(t.state, ThreadState.Inactive);

  // a runnable (queued) thread
  const us = w.make(ObjType.TCB);
  const u = w.tcb(us);
  ok(h.invoke(us, Label.TCBSetPriority, [7], [TCB]));
  ok(h.invoke(us, Label.TCBResume));
  assert.ok(h.ks.readyQueues[0][7].includes(u));
  ok(h.invoke(CNODE, Label.CNodeDelete, [us, 64]));
  assert.ok(!h.ks.readyQueues[0][7].includes(u));
  assert.equal(h.ks.threads.has(u), false);

  // a copy keeps the TCB alive: only the last cap finalises it
  const vs = w.make(ObjType.TCB);
  const v = w.tcb(vs);
  const copy = w.reserve();
  ok(h.invoke(CNODE, Label.CNodeCopy, [copy, 64, vs, 64, 15], [CNODE]));
  ok(h.invoke(vs, Label.TCBResume));
  ok(h.invoke(CNODE, Label.CNodeDelete, [vs, 64]));
  assert.equal(h.ks.threads.has(v), true);
  assert.equal(v.state, ThreadState.Restart);
  ok(h.invoke(CNODE, Label.CNodeDelete, [copy, 64]));
  assert.equal(h.ks.threads.has(v), false);
});

test('a running thread may delete its own last TCB cap', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  const t = w.tcb(ts);
  giveSpace(w, ts);
  become(w, ts);
  const r = h.invoke(CNODE, Label.CNodeDelete, [ts, 64]);
  assert.equal(r.label, Label.CNodeDelete, 'the deleted caller gets no reply');
  assert.equal(h.ks.threads.has(t), false);
  assert.equal(h.cur, h.root);
});

test('Configure + WriteRegisters + Resume runs a second thread on real RISC-V code', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  const t = w.tcb(ts);
  const entry = writeCode(h, 0x100, new Code().w(...putChar('h'), ...putChar('i'), ...halt));
  ok(h.invoke(ts, Label.TCBConfigure, [0, 0, 0, 0], [CNODE, VSPACE, IPCBUF]));
  ok(h.invoke(ts, Label.TCBWriteRegisters, [1, 1, entry]));
  assert.equal(t.state, ThreadState.Restart);
  // the rootserver steps aside; t is the only runnable thread
  h.invoke(TCB, Label.TCBSuspend);
  assert.equal(h.cur, t);
  assert.equal(t.regs.getPC(), entry);
  const res = h.sys.run(10_000);
  assert.equal(res.reason, StopReason.Halted);
  assert.ok(h.sys.output().startsWith('hiDebug halt syscall'), h.sys.output());
});

test('a thread blocked in real code leaves the queue on Suspend and re-executes its Recv on Resume', () => {
  const w = world();
  const { h } = w;
  const ts = w.make(ObjType.TCB);
  const t = w.tcb(ts);
  const ep = w.make(ObjType.Endpoint);
  const epObj = (capAt(h, ep) as { obj: { state: EPState; queue: Tcb[] } }).obj;
  const code = new Code().w(addi(A0, 0, ep), addi(A7, 0, -5), ecall, ...putChar('r'), ...halt);
  const entry = writeCode(h, 0x200, code);
  const recvAt = entry + 8n;
  ok(h.invoke(ts, Label.TCBConfigure, [0, 0, 0, 0], [CNODE, VSPACE, IPCBUF]));
  ok(h.invoke(ts, Label.TCBSetPriority, [200], [TCB]));
  ok(h.invoke(TCB, Label.TCBSetPriority, [100], [TCB]));
  ok(h.invoke(ts, Label.TCBWriteRegisters, [1, 1, entry]));
  assert.equal(h.cur, t, 'the higher-priority thread was switched to');
  parkRoot(h);
  h.sys.run(5_000); // t blocks at once; the rootserver yields in its loop
  assert.equal(t.state, ThreadState.BlockedOnReceive);
  assert.deepEqual(epObj.queue, [t]);
  assert.equal(BigInt.asUintN(64, (BigInt(t.faultIPHi) << 32n) | BigInt(t.faultIPLo >>> 0)), recvAt);
  assert.equal(h.cur, h.root);

  ok(h.invoke(ts, Label.TCBSuspend));
  assert.deepEqual([epObj.state, epObj.queue.length], [EPState.Idle, 0]);
  ok(h.invoke(ts, Label.TCBResume));
  assert.equal(h.cur, t);
  assert.equal(t.regs.getPC(), recvAt);
  parkRoot(h);
  h.sys.run(5_000);
  assert.equal(t.state, ThreadState.BlockedOnReceive, 're-executed the Recv');
  assert.deepEqual(epObj.queue, [t]);
  // now a message wakes it
  h.syscall(SYS.Send, BigInt(ep), 0, [5n]);
  assert.equal(h.cur, t);
  const res = h.sys.run(5_000);
  assert.equal(res.reason, StopReason.Halted);
  assert.ok(h.sys.output().startsWith('rDebug halt syscall'), h.sys.output());
});

test('SetFlags fpuDisabled: the thread faults on its next FP instruction', () => {
  for (const disabled of [false, true]) {
    const w = world();
    const { h } = w;
    const ts = w.make(ObjType.TCB);
    const t = w.tcb(ts);
    const fmvDX = fop(0x79, 0, 0, 0, 0); // fmv.d.x f0, zero
    const entry = writeCode(h, 0x300, new Code().w(fmvDX, ...putChar('f'), ...halt, jal(0, 0)));
    ok(h.invoke(ts, Label.TCBConfigure, [0, 0, 0, 0], [CNODE, VSPACE, IPCBUF]));
    if (disabled) assert.deepEqual(h.invoke(ts, Label.TCBSetFlags, [0, 1]).mrs, [1n]);
    ok(h.invoke(ts, Label.TCBWriteRegisters, [1, 1, entry]));
    h.invoke(TCB, Label.TCBSuspend);
    const res = h.sys.run(5_000);
    if (disabled) {
      assert.equal(res.reason, StopReason.UnhandledFault);
      assert.equal(h.sys.output(), '');
      assert.equal(t.state, ThreadState.Inactive);
    } else {
      assert.equal(res.reason, StopReason.Halted);
      assert.ok(h.sys.output().startsWith('fDebug halt syscall'), h.sys.output());
    }
  }
});
