// The MCS kernel (--mcs): boot layout, sporadic refills against hand-computed lists, scheduling-context
// invocations and budget enforcement in virtual time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bootSystem, InitSlot } from '../src/boot/boot.js';
import { buildElf } from '../src/boot/elf.js';
import { makeVirtDtb } from '../src/boot/fdt.js';
import { formatUntypedList, readBootInfo } from '../src/boot/bootinfo.js';
import { CapTag, EndpointCap, SchedContext, Tcb, ThreadState } from '../src/kernel/structures.js';
import { receiveIPC } from '../src/kernel/object/endpoint.js';
import { KernelState, DEFAULT_CONFIG } from '../src/kernel/statedata.js';
import type { Hart } from '../src/machine/cpu.js';
import { PhysicalMemory } from '../src/machine/memory.js';
import {
  refillBudgetCheck, refillList, refillNew, refillSum, refillUnblockCheck, refillUpdate,
} from '../src/kernel/sporadic.js';
import { Label } from '../src/kernel/api/labels.js';
import { SeL4Error } from '../src/kernel/api/failures.js';
import { setRegister } from '../src/kernel/message.js';
import { StopReason } from '../src/system.js';
import { Harness } from './lib/harness.js';
import { capAt, findUntyped, freeSlots, retype } from './lib/objects.js';
import { expectErr, ok, writeCode } from './lib/world.js';
import { Code, addi, ecall, jal } from './cpu/asm.js';

/** MCS user object type numbers (fact sheet §6.1). */
const T = { TCB: 1, Endpoint: 2, Notification: 3, SchedContext: 5, Reply: 6, SmallPage: 8 } as const;
const CNODE = 2, VSPACE = 3, TCB = 1;

test('MCS boot of the sel4test driver layout: every bootinfo figure of real seL4 16.0.0 (MCS)', () => {
  // The MCS sel4test driver: vaddr [0x10000, 0x426000), a 0x1145-byte DTB, 3 GiB, root CNode of 13 bits.
  const data = new Uint8Array(0x426000 - 0x10000 - 0x800);
  const elf = buildElf(0x10000n, [{ vaddr: 0x10000, data, memsz: 0x426000 - 0x10000 }]);
  const dtb = makeVirtDtb({ ramSize: 3 * 2 ** 30, padTo: 0x1145 });
  const r = bootSystem({ elf, dtb, ramSize: 3 * 2 ** 30, cnodeBits: 13, mcs: true, bootTimeSliceTicks: 50_000 });
  assert.equal(r.kernelImage.end, 0x80228000);
  assert.equal(r.uiPhys.start, 0x8022a000);
  const bi = r.bootInfo;
  assert.equal(bi.ipcBuffer, 0x426000);
  assert.deepEqual(bi.empty, { start: 1130, end: 8192 });
  assert.deepEqual(bi.userImageFrames, { start: 23, end: 1069 });
  assert.deepEqual(bi.userImagePaging, { start: 16, end: 20 });
  assert.deepEqual(bi.untyped, { start: 1069, end: 1130 });
  assert.deepEqual(bi.schedcontrol, { start: 22, end: 23 });
  const ram = formatUntypedList(bi.untypedList.filter((u) => !u.isDevice));
  assert.ok(ram.startsWith('0x80200000|13|0, 0x80202000|12|0, 0x80229150|4|0, 0x80229160|5|0, 0x80229180|7|0, ' +
    '0x80229200|9|0, 0x80229400|10|0, 0x80229800|11|0, '), ram);
  assert.ok(ram.endsWith('0x13ffca880|7|0, 0x13ffca900|8|0, 0x13ffcaa00|9|0, 0x13ffcac00|10|0, 0x13ffcb000|12|0, ' +
    '0x13ffcc000|14|0, 0x13ffd0000|16|0, 0x13ffe0000|17|0'), ram);
  // The MCS bootinfo layout in the frame: schedcontrol, then untyped, then the list.
  assert.deepEqual(readBootInfo(r.mem, r.bootInfoPaddr, true), bi);
  assert.equal(Number(r.mem.read64(r.bootInfoPaddr + 0x98)), 22);
  assert.equal(Number(r.mem.read64(r.bootInfoPaddr + 0xa8)), 1069);
  // Slot 14: the rootserver's round-robin SC (5 ms), right after its TCB in the rootserver region.
  const scCap = r.rootCNode.slot(InitSlot.SchedContext).cap;
  assert.ok(scCap.tag === CapTag.SchedContext && scCap.sizeBits === 7);
  assert.equal(scCap.sc, r.tcb.schedContext);
  assert.equal(scCap.sc.paddr, r.rootserver.tcb + 0x800);
  assert.equal(scCap.sc.period, 0);
  assert.deepEqual(refillList(scCap.sc), [{ time: 0, amount: 50_000 }, { time: 0, amount: 0 }]);
  assert.equal(r.rootCNode.slot(22).cap.tag, CapTag.SchedControl);
  assert.equal(r.idleSC?.tcb, r.idleThread);
});

function refillKernel(): { ks: KernelState; sc: SchedContext } {
  const ks = new KernelState(new PhysicalMemory(2 ** 24), {} as unknown as Hart, { ...DEFAULT_CONFIG, mcs: true });
  const sc = new SchedContext(0x1000, 8);
  ks.curSC = sc;
  return { ks, sc };
}

test('sporadic refills: charging splits the head, schedules the use one period later, merges and keeps MIN_BUDGET', () => {
  const { ks, sc } = refillKernel();
  refillNew(ks, sc, 4, 1000, 5000);
  assert.deepEqual(refillList(sc), [{ time: 0, amount: 1000 }]);
  refillBudgetCheck(ks, 300);
  assert.deepEqual(refillList(sc), [{ time: 300, amount: 700 }, { time: 5000, amount: 300 }]);
  // The next use ends where the tail's window begins: merged into the tail; the 50-tick head is below
  // MIN_BUDGET (200 ticks) and is folded into the next refill, delayed so it ends no later.
  refillBudgetCheck(ks, 650);
  assert.deepEqual(refillList(sc), [{ time: 4950, amount: 1000 }]);
  assert.equal(refillSum(sc), 1000);
  // Unblocking at t = 6000 brings the head refill to now.
  ks.curTime = 6000;
  refillUnblockCheck(ks, sc);
  assert.deepEqual(refillList(sc), [{ time: 6000, amount: 1000 }]);
});

test('sporadic refills: a full refill buffer delays the tail instead of growing', () => {
  const { ks, sc } = refillKernel();
  refillNew(ks, sc, 2, 1000, 5000);
  refillBudgetCheck(ks, 300);
  ks.curTime = 2000;
  refillUnblockCheck(ks, sc);
  assert.deepEqual(refillList(sc), [{ time: 2000, amount: 700 }, { time: 5000, amount: 300 }]);
  refillBudgetCheck(ks, 100);
  assert.deepEqual(refillList(sc), [{ time: 2100, amount: 600 }, { time: 6700, amount: 400 }]);
  assert.equal(refillSum(sc), 1000);
});

test('sporadic refills: overrunning the whole head moves it a period on; unblock merges overlapping refills', () => {
  const { ks, sc } = refillKernel();
  refillNew(ks, sc, 4, 1000, 5000);
  refillBudgetCheck(ks, 1000);
  assert.deepEqual(refillList(sc), [{ time: 5000, amount: 1000 }]);
  refillNew(ks, sc, 4, 1000, 5000);
  refillBudgetCheck(ks, 400);
  refillBudgetCheck(ks, 300);
  assert.deepEqual(refillList(sc), [{ time: 700, amount: 300 }, { time: 5000, amount: 700 }]);
  // At 4800 the head [4800, 5100) overlaps the next refill at 5000: they merge.
  ks.curTime = 4800;
  refillUnblockCheck(ks, sc);
  assert.deepEqual(refillList(sc), [{ time: 4800, amount: 1000 }]);
});

test('sporadic refills: refill_update on an active SC keeps the head and schedules the rest a new period later', () => {
  const { ks, sc } = refillKernel();
  refillNew(ks, sc, 4, 1000, 5000);
  refillBudgetCheck(ks, 400);
  ks.curTime = 500;
  refillUpdate(ks, sc, 8000, 2000, 3);
  assert.deepEqual(refillList(sc), [{ time: 500, amount: 600 }, { time: 8500, amount: 1400 }]);
  assert.equal(sc.refillMax, 3);
  refillUpdate(ks, sc, 8000, 300, 3);
  assert.deepEqual(refillList(sc), [{ time: 500, amount: 300 }]);
});

/** A harness on the MCS kernel, with the root SC cap in slot 14 and SchedControl at bootinfo.schedcontrol. */
function mcsWorld() {
  const h = new Harness({ config: { printing: false, mcs: true } });
  const ut = findUntyped(h, 20).slot;
  let next = freeSlots(h, 200);
  const make = (type: number, bits = 0): number => {
    const s = next++;
    retype(h, ut, type, bits, s, 1);
    return s;
  };
  const schedControl = h.sys.boot.bootInfo.schedcontrol!.start;
  return { h, make, schedControl, ut };
}

test('MCS invocations: Retype of SCs and replies, SchedControl_ConfigureFlags checks, Bind, Unbind, Consumed', () => {
  const { h, make, schedControl, ut } = mcsWorld();
  // A scheduling context below seL4_MinSchedContextBits is refused.
  const bad = freeSlots(h, 1);
  expectErr(h.invoke(ut, Label.UntypedRetype, [T.SchedContext, 6, 0, 0, bad, 1], [CNODE]), SeL4Error.InvalidArgument, [1n]);
  const sc = make(T.SchedContext, 8);
  const scCap = capAt(h, sc);
  assert.ok(scCap.tag === CapTag.SchedContext);
  assert.equal(make(T.Reply) > 0, true);
  // Budget below MIN_BUDGET (20 µs), budget above the period, too many extra refills.
  expectErr(h.invoke(schedControl, Label.SchedControlConfigureFlags, [10, 1000, 0, 0, 0], [sc]), SeL4Error.RangeError,
    [20n, ((1n << 64n) - 1n) / 10n / 8n]);
  expectErr(h.invoke(schedControl, Label.SchedControlConfigureFlags, [2000, 1000, 0, 0, 0], [sc]), SeL4Error.RangeError,
    [20n, 1000n]);
  // (2^8 - 96) / 16 = 10 refills fit, so at most 8 extra.
  expectErr(h.invoke(schedControl, Label.SchedControlConfigureFlags, [1000, 10000, 9, 0, 0], [sc]), SeL4Error.RangeError,
    [0n, 8n]);
  expectErr(h.invoke(schedControl, Label.SchedControlConfigureFlags, [1000, 10000, 0, 0, 0], [CNODE]),
    SeL4Error.InvalidCapability, [1n]);
  ok(h.invoke(schedControl, Label.SchedControlConfigureFlags, [1000, 10000, 8, 0x55, 1], [sc]));
  assert.equal(scCap.sc.refillMax, 10);
  assert.equal(scCap.sc.badge, 0x55n);
  assert.equal(scCap.sc.sporadic, true);
  assert.deepEqual(refillList(scCap.sc), [{ time: h.ks.curTime, amount: 10_000 }]);
  // Bind to a fresh TCB; binding again fails; unbinding the root's own SC fails.
  const tcb = make(T.TCB);
  ok(h.invoke(sc, Label.SchedContextBind, [], [tcb]));
  const t = (capAt(h, tcb) as { tcb: import('../src/kernel/structures.js').Tcb }).tcb;
  assert.equal(t.schedContext, scCap.sc);
  expectErr(h.invoke(sc, Label.SchedContextBind, [], [tcb]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(InitSlot.SchedContext, Label.SchedContextUnbind), SeL4Error.IllegalOperation);
  expectErr(h.invoke(sc, Label.SchedContextBind, [], [CNODE]), SeL4Error.InvalidCapability, [1n]);
  ok(h.invoke(sc, Label.SchedContextUnbindObject, [], [tcb]));
  assert.equal(t.schedContext, null);
  expectErr(h.invoke(sc, Label.SchedContextUnbindObject, [], [tcb]), SeL4Error.IllegalOperation);
  // YieldTo an SC without a thread.
  expectErr(h.invoke(sc, Label.SchedContextYieldTo), SeL4Error.IllegalOperation);
  // Consumed: MR0 = µs (the Call's success reply then sets the length to 0, as in seL4; libsel4 reads MR0).
  h.ks.curSC!.consumed = 12_345;
  const c = h.invoke(InitSlot.SchedContext, Label.SchedContextConsumed);
  assert.equal(c.label, 0);
  assert.equal(h.getMR(h.root, 0), 1234n);
  assert.equal(h.ks.curSC!.consumed, 0);
  // SetSchedParams with an SC that is not one, and a fault handler that is not an endpoint.
  expectErr(h.invoke(tcb, Label.TCBSetSchedParams, [255, 100], [TCB, CNODE, 0]), SeL4Error.InvalidCapability, [2n]);
  expectErr(h.invoke(tcb, Label.TCBSetSchedParams, [255, 100], [TCB, sc, CNODE]), SeL4Error.InvalidCapability, [3n]);
  expectErr(h.invoke(tcb, Label.TCBSetTimeoutEndpoint, [], [CNODE]), SeL4Error.InvalidCapability, [1n]);
  // Invoking a TCB in the send phase of ReplyRecv-like syscalls is not allowed: exercised through the CNode check.
  assert.equal(h.ks.config.mcs, true);
});

type Make = (type: number, bits?: number) => number;

/** A thread in the root CSpace and VSpace running `code` (placed in the root's image page at `offset`). */
function spawn(h: Harness, make: Make, offset: number, code: Code, prio: number, sc: number | null): Tcb {
  const frame = make(T.SmallPage);
  const tcb = make(T.TCB);
  ok(h.invoke(tcb, Label.TCBConfigure, [0, 0, 0x7f000 - offset * 0x10], [CNODE, VSPACE, frame]));
  const pc = writeCode(h, offset, code);
  const t = (capAt(h, tcb) as { tcb: Tcb }).tcb;
  t.regs.setPC(pc);
  t.faultIPLo = Number(pc);
  ok(h.invoke(tcb, Label.TCBSetSchedParams, [255, prio], [TCB, sc ?? 0, 0]));
  ok(h.invoke(tcb, Label.TCBResume));
  return t;
}

function configuredSC(h: Harness, make: Make, schedControl: number, budgetUs: number, periodUs: number): { slot: number; sc: SchedContext } {
  const slot = make(T.SchedContext, 8);
  ok(h.invoke(schedControl, Label.SchedControlConfigureFlags, [budgetUs, periodUs, 0, 0, 0], [slot]));
  return { slot, sc: (capAt(h, slot) as { sc: SchedContext }).sc };
}

/** The rootserver waits forever on a fresh notification (Wait = -9 in MCS) once the harness lets it run. */
function parkRootMCS(h: Harness, make: Make): void {
  const ntfn = make(T.Notification);
  h.root.regs.setPC(0x10000n);
  setRegister(h.root, A0, BigInt(ntfn));
  setRegister(h.root, A7, BigInt.asUintN(64, -9n));
}

const A0 = 10, A1 = 11, A6 = 16, A7 = 17;
const li = (rd: number, v: number) => addi(rd, 0, v);

function runOneSecond(h: Harness): void {
  const r = h.sys.run(Number.MAX_SAFE_INTEGER, h.sys.cycles + h.ks.config.cpuHz);
  assert.equal(r.reason, StopReason.TimeLimit);
}

for (const [what, prog] of [
  ['spins', (_ep: number) => new Code().w(jal(0, 0))],
  ['yields in a loop', (_ep: number) => new Code().w(li(A7, -11), ecall, jal(0, -8))],
  ['signals a notification in a loop', (ep: number) => new Code().w(li(A0, ep), li(A1, 0), li(A7, -5), ecall, jal(0, -16))],
] as const) {
  test(`budget enforcement: a thread with 2 ms every 10 ms that ${what} gets at most 20 % of 1 s`, () => {
    const { h, make, schedControl } = mcsWorld();
    const { slot, sc } = configuredSC(h, make, schedControl, 2000, 10_000);
    const ntfn = make(T.Notification);
    const t = spawn(h, make, 0x100, prog(ntfn), 200, slot);
    parkRootMCS(h, make);
    sc.consumed = 0;
    runOneSecond(h);
    assert.equal(h.root.state, ThreadState.BlockedOnNotification);
    assert.notEqual(t.state, ThreadState.Inactive);
    const share = sc.consumed / h.ks.config.timerHz;
    if (process.env.SEL4TS_SHOW_SHARES) console.log(`# ${what}: ${(share * 100).toFixed(3)} % of 1 s`);
    assert.ok(share <= 0.2 + 0.0005, `the thread got ${share} s of 1 s`);
    // A thread that yields gives up each refill at once; one that spins or signals uses (nearly) all of it.
    if (what !== 'yields in a loop') assert.ok(share >= 0.19, `the thread got only ${share} s of 1 s`);
  });
}

test('budget exhaustion during a Call: a passive server spinning on the donated SC stops with the client\'s budget', () => {
  const { h, make, schedControl } = mcsWorld();
  const { slot, sc } = configuredSC(h, make, schedControl, 2000, 10_000);
  const ep = make(T.Endpoint);
  const reply = make(T.Reply);
  // The server has no SC of its own. Put it where its Recv (a6 = reply) would leave it, with its pc after the
  // ecall: it spins on whatever SC it is given.
  const server = spawn(h, make, 0x200, new Code().w(jal(0, 0)), 210, null);
  assert.equal(server.state, ThreadState.Restart);
  assert.equal(server.inReadyQueue, false);
  receiveIPC(h.ks, server, capAt(h, ep) as EndpointCap, true, capAt(h, reply));
  assert.equal(server.state, ThreadState.BlockedOnReceive);
  const client = spawn(h, make, 0x300, new Code().w(li(A0, ep), li(A1, 0), li(A7, -1), ecall, jal(0, 0)), 200, slot);
  parkRootMCS(h, make);
  sc.consumed = 0;
  runOneSecond(h);
  // The client's SC went to the server with the Call and is used up there, 2 ms in every 10 ms.
  assert.equal(client.state, ThreadState.BlockedOnReply);
  assert.equal(client.schedContext, null);
  assert.equal(server.schedContext, sc);
  assert.equal(sc.reply, (capAt(h, reply) as { reply: unknown }).reply);
  const share = sc.consumed / h.ks.config.timerHz;
  if (process.env.SEL4TS_SHOW_SHARES) console.log(`# passive server on the donated SC: ${(share * 100).toFixed(3)} % of 1 s`);
  assert.ok(share <= 0.2 + 0.0005 && share >= 0.19, `the server ran ${share} s of 1 s on the client's SC`);
});

test('MCS invocation labels of 13.0.0, 14.0.0 and 16.0.0 (fact sheet §5.2)', async () => {
  const { labelFromABI, labelToABI } = await import('../src/kernel/api/labels.js');
  const cases: [Label, number, number, number][] = [
    [Label.TCBSetSchedParams, 8, 8, 8], [Label.TCBSetTimeoutEndpoint, 9, 9, 9], [Label.TCBSetIPCBuffer, 10, 10, 10],
    [Label.TCBSetFlags, 17, 17, -1], [Label.CNodeRevoke, 18, 18, 17], [Label.CNodeRotate, 25, 25, 24],
    [Label.CNodeSaveCaller, -1, -1, -1], [Label.IRQIssueIRQHandler, 26, 26, 25], [Label.DomainSetSet, 30, 30, 29],
    [Label.DomainScheduleConfigure, 31, -1, -1], [Label.SchedControlConfigureFlags, 33, 31, 30],
    [Label.SchedContextYieldTo, 38, 36, 35], [Label.RISCVPageTableMap, 39, 37, 36],
    [Label.RISCVIRQIssueIRQHandlerTrigger, 46, 44, 43],
  ];
  for (const [l, n16, n14, n13] of cases) {
    assert.equal(labelToABI(16, l, true), n16, `16.0.0 ${l}`);
    assert.equal(labelToABI(14, l, true), n14, `14.0.0 ${l}`);
    assert.equal(labelToABI(13, l, true), n13, `13.0.0 ${l}`);
    if (n16 >= 0) assert.equal(labelFromABI(16, n16, true), l);
  }
  assert.equal(labelFromABI(16, 47, true), Label.InvalidInvocation);
});
