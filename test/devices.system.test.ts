// Devices in the whole system: user threads reach device registers only through frames retyped from device
// untypeds, the CPU routes those accesses to the device models, interrupts wake drivers in virtual time, idle time
// is skipped (and shows in the `time` CSR), and the power-fail line stops the machine after the hold-up time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SYS } from './lib/harness.js';
import { world, ok, poke, peek, CNODE, VSPACE, TCB, type World } from './lib/world.js';
import { ObjType, retype } from './lib/objects.js';
import { Label } from '../src/kernel/api/labels.js';
import { ThreadState } from '../src/kernel/structures.js';
import { StopReason } from '../src/system.js';
import { Code, lui, addi, sb, lbu, ecall, csrrs, jal } from './cpu/asm.js';
import { writeCode } from './lib/world.js';

const IRQ_CONTROL = 4;
const A0 = 16, A7 = 23; // seL4_UserContext indices

/** Root-CNode slot of the device untyped that starts at `paddr`. */
function deviceUntyped(w: World, paddr: number): number {
  const u = w.h.sys.boot.untypeds.find((x) => x.isDevice && x.paddr === paddr);
  assert.ok(u, `no device untyped at 0x${paddr.toString(16)}`);
  return u.slot;
}

/** A frame for device page `paddr` mapped at `vaddr` in the root VSpace. */
function mapDevice(w: World, untypedSlot: number, vaddr: number): number {
  const { h } = w;
  const f = w.reserve();
  retype(h, untypedSlot, ObjType.SmallPage, 0, f);
  const pt = w.make(ObjType.PageTable);
  ok(h.invoke(pt, Label.RISCVPageTableMap, [vaddr, 0], [VSPACE]));
  ok(h.invoke(f, Label.RISCVPageMap, [vaddr, 3, 0], [VSPACE]));
  return f;
}

/** A thread in the root's CSpace and VSpace at priority 100 running `code`; the root then blocks. */
function startThread(w: World, code: Code, offset: number, regs: Record<number, bigint> = {}): number {
  const { h } = w;
  const t = w.make(ObjType.TCB);
  ok(h.invoke(t, Label.TCBConfigure, [0, 0, 0, 0], [CNODE, VSPACE, 10]));
  ok(h.invoke(t, Label.TCBSetPriority, [100], [TCB]));
  const tt = w.tcb(t);
  tt.name = 'driver';
  poke(tt, 0, writeCode(h, offset, code));
  for (const [k, v] of Object.entries(regs)) poke(tt, Number(k), v);
  ok(h.invoke(t, Label.TCBResume));
  return t;
}

test('a thread drives the UART through a device frame; without a frame cap the device is unreachable (VMFault)', () => {
  const w = world();
  const { h } = w;
  const sys = h.sys;
  mapDevice(w, deviceUntyped(w, 0x10000000), 0x600000);
  // sb 'H', sb 'i' to THR; read LSR into a0; print it with DebugPutChar; then touch the UART by its physical
  // address (no mapping there) and fault.
  const code = new Code().w(
    lui(5, 0x600), addi(6, 0, 0x48), sb(6, 5, 0), addi(6, 0, 0x69), sb(6, 5, 0), lbu(10, 5, 5),
    addi(17, 0, -9), ecall,
    lui(5, 0x10000), sb(6, 5, 0), jal(0, 0),
  );
  const t = startThread(w, code, 0x800);
  const ep = w.make(ObjType.Endpoint);
  h.syscall(SYS.Recv, BigInt(ep), 0);
  const r = sys.run(10_000);
  assert.equal(r.reason, StopReason.UnhandledFault);
  assert.equal(sys.output(), 'Hi' + String.fromCharCode(0x60));
  assert.equal(w.tcb(t).state, ThreadState.Inactive);
  assert.match(h.ks.unhandledFaults.at(-1)!, /vm fault on data at address 0x10000000/);
  assert.equal(sys.board.uart.txCount, 2);
});

test('an RTC alarm wakes a sleeping driver: idle time is skipped in one step and shows in the time CSR', () => {
  const run = () => {
    const w = world();
    const { h } = w;
    const sys = h.sys;
    const hs = w.reserve();
    ok(h.invoke(IRQ_CONTROL, Label.IRQIssueIRQHandler, [11, hs, 64], [CNODE]));
    const n = w.make(ObjType.Notification);
    ok(h.invoke(hs, Label.IRQSetIRQHandler, [], [n]));
    // The driver waits on the notification, then reads `time` into a0 and halts.
    const code = new Code().w(ecall, csrrs(10, 0xc01, 0), addi(17, 0, -11), ecall);
    const t = startThread(w, code, 0x900, { [A0]: BigInt(n), [A7]: BigInt.asUintN(64, -5n) });
    const ep = w.make(ObjType.Endpoint);
    h.syscall(SYS.Recv, BigInt(ep), 0);
    // Alarm at 5 ms of RTC time, interrupts on (programmed from outside, as a test bench would).
    const rtc = sys.board.rtc;
    rtc.write(0x0c, 4, 0, 0);
    rtc.write(0x08, 4, 5_000_000, 0);
    rtc.write(0x10, 4, 1, 0);
    const insns0 = sys.instructions;
    const res = sys.run(1_000_000);
    return { w, sys, t, res, executed: sys.instructions - insns0 };
  };
  const a = run();
  assert.equal(a.res.reason, StopReason.Halted);
  assert.ok(a.executed < 50, `only a handful of instructions ran (${a.executed})`);
  const time = peek(a.w.tcb(a.t), A0);
  assert.ok(time >= 50_000n && time < 50_010n, `time CSR ${time}`);
  assert.ok(a.sys.cycles >= 500_000 && a.sys.cycles < 500_100);
  assert.equal(a.sys.deviceInterrupts, 1);
  assert.equal(a.sys.timerInterrupts, 2, 'ticks at 2 and 4 ms while idle');
  // Deterministic.
  const b = run();
  assert.deepEqual([b.res.cycles, b.res.instructions, b.res.kernelEntries], [a.res.cycles, a.res.instructions, a.res.kernelEntries]);
});

test('nothing pending and every thread blocked: the run stops at once instead of spinning', () => {
  const w = world();
  const { h } = w;
  const ep = w.make(ObjType.Endpoint);
  h.syscall(SYS.Recv, BigInt(ep), 0);
  const r = h.sys.run();
  assert.equal(r.reason, StopReason.AllBlocked);
  assert.equal(r.cycles, 0);
});

test('the power-fail line interrupts a waiting driver; after the hold-up time the machine stops', () => {
  const w = world({ powerFailAtNs: 3_000_000, holdupMs: 2, disk: new Uint8Array(64 * 512) });
  const { h } = w;
  const sys = h.sys;
  const hs = w.reserve();
  ok(h.invoke(IRQ_CONTROL, Label.IRQIssueIRQHandler, [64, hs, 64], [CNODE]));
  const n = w.make(ObjType.Notification);
  ok(h.invoke(hs, Label.IRQSetIRQHandler, [], [n]));
  mapDevice(w, deviceUntyped(w, 0x4000000), 0x600000);
  // Enable the line's interrupt, wait, then read STATUS into a1 and spin until the power is gone.
  const code = new Code().w(lui(5, 0x600), addi(6, 0, 1), 0x0062a423 /* sw t1, 8(t0) */, ecall, 0x0042a583 /* lw a1, 4(t0) */, jal(0, 0));
  const t = startThread(w, code, 0xa00, { [A0]: BigInt(n), [A7]: BigInt.asUintN(64, -5n) });
  const ep = w.make(ObjType.Endpoint);
  h.syscall(SYS.Recv, BigInt(ep), 0);
  const r = sys.run();
  assert.equal(r.reason, StopReason.PowerLost);
  assert.equal(r.cycles, 500_000, 'stopped exactly at 3 ms + 2 ms');
  assert.equal(peek(w.tcb(t), A0 + 1), 3n, 'STATUS: failed, pending');
  assert.deepEqual(r.powerLoss?.disk, { inFlight: [], cached: [] });
  assert.equal(r.powerLoss?.failedAt, 300_000);
  // The generated device tree describes the line.
  const dtb = Buffer.from(sys.mem.readBytes(sys.boot.dtb!.start, sys.boot.dtb!.end - sys.boot.dtb!.start));
  assert.ok(dtb.includes('sel4ts,power-fail'));
});
