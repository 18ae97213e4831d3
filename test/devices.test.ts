// Device models of the qemu-riscv-virt board, driven through their registers in virtual time: PLIC, NS16550A UART,
// goldfish RTC, virtio-blk (timing models, write cache, power loss), sifive test and the power-fail line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhysicalMemory } from '../src/machine/memory.js';
import { EventQueue } from '../src/machine/events.js';
import { Plic } from '../src/machine/devices/plic.js';
import { Uart, UART_IRQ } from '../src/machine/devices/uart.js';
import { GoldfishRtc, RTC_IRQ } from '../src/machine/devices/rtc.js';
import { SifiveTest, PowerRequest } from '../src/machine/devices/sifive-test.js';
import { PowerFailLine, POWERFAIL_IRQ, POWERFAIL_MAGIC } from '../src/machine/devices/powerfail.js';
import { VirtioBlk, MemoryBackend, VirtioMmioEmpty, T_IN, T_OUT, T_FLUSH, T_GET_ID, ST_OK, ST_IOERR, ST_UNSUPP } from '../src/machine/devices/virtio-blk.js';
import { HddTiming, SsdTiming, SSD_DEFAULTS, HDD_DEFAULTS, DiskModelName } from '../src/machine/devices/disk-model.js';
import type { DeviceContext } from '../src/machine/devices/context.js';

const HZ = 100_000_000;

/** A device context with a hand-driven clock. */
function bench() {
  const mem = new PhysicalMemory(64 * 1024 * 1024);
  const events = new EventQueue();
  const plic = new Plic();
  let now = 0;
  const ctx: DeviceContext = { now: () => now, cpuHz: HZ, events, plic, mem };
  return {
    ctx, mem, events, plic,
    get now() { return now; },
    /** Run events in order up to virtual time t (cycles). */
    until(t: number) {
      while (events.nextTime() <= t) {
        now = Math.max(now, events.nextTime());
        events.runDue(now);
      }
      now = Math.max(now, t);
    },
  };
}

const w32 = (d: { write(o: number, w: number, lo: number, hi: number): void }, off: number, v: number) => d.write(off, 4, v | 0, 0);
const r32 = (d: { read(o: number, w: number): number }, off: number) => d.read(off, 4) >>> 0;

test('event queue: time order, then scheduling order; cancel', () => {
  const q = new EventQueue();
  const got: string[] = [];
  q.schedule(20, () => got.push('b'));
  q.schedule(10, () => got.push('a'));
  const c = q.schedule(15, () => got.push('x'));
  q.schedule(20, () => { got.push('c'); q.schedule(20, () => got.push('d')); });
  q.cancel(c);
  assert.equal(q.nextTime(), 10);
  q.runDue(19);
  assert.deepEqual(got, ['a']);
  q.runDue(20);
  assert.deepEqual(got, ['a', 'b', 'c', 'd']);
  assert.equal(q.nextTime(), Infinity);
});

test('PLIC: priorities, threshold, enables per context, claim/complete, QEMU level sampling', () => {
  const p = new Plic();
  const ENABLE_S = 0x2080, THRESH_S = 0x201000, CLAIM_S = 0x201004;
  w32(p, 4 * 5, 3);
  w32(p, 4 * 7, 9); // WARL: 9 & 7 = 1
  assert.equal(r32(p, 4 * 7), 1);
  w32(p, 0, 5); // source 0 has no priority
  assert.equal(r32(p, 0), 0);
  p.setIrq(5, true);
  p.setIrq(7, true);
  assert.equal(r32(p, 0x1000), (1 << 5) | (1 << 7));
  assert.equal(p.interruptPending(1), false, 'not enabled');
  w32(p, ENABLE_S, (1 << 5) | (1 << 7) | 1);
  assert.equal(r32(p, ENABLE_S), (1 << 5) | (1 << 7), 'source 0 cannot be enabled');
  assert.equal(p.interruptPending(1), true);
  assert.equal(p.interruptPending(0), false, 'M-mode context has nothing enabled');
  w32(p, THRESH_S, 3);
  assert.equal(p.interruptPending(1), false, 'priority must exceed the threshold');
  w32(p, THRESH_S, 0);
  assert.equal(r32(p, CLAIM_S), 5, 'highest priority first');
  assert.equal(r32(p, CLAIM_S), 7);
  assert.equal(r32(p, CLAIM_S), 0);
  // Claimed sources are not claimable again until completed, even if re-raised.
  p.setIrq(5, true);
  assert.equal(r32(p, CLAIM_S), 0);
  w32(p, CLAIM_S, 5);
  assert.equal(r32(p, CLAIM_S), 5);
  // Equal priority: lowest id wins.
  w32(p, CLAIM_S, 5);
  w32(p, CLAIM_S, 7);
  w32(p, 4 * 9, 1);
  w32(p, ENABLE_S, (1 << 7) | (1 << 9));
  p.setIrq(9, true);
  p.setIrq(7, true);
  assert.equal(r32(p, CLAIM_S), 7);
  // Lowering a line clears its pending bit.
  p.setIrq(9, false);
  assert.equal(r32(p, CLAIM_S), 0);
  // Sources above 95 do not exist; other widths read 0.
  p.setIrq(96, true);
  assert.equal(p.read(0x1000, 8), 0);
});

test('UART: transmit, THRE interrupt, receive FIFO paced at the baud rate, IIR priorities, LSR errors', () => {
  const b = bench();
  const out: number[] = [];
  const u = new Uart(b.ctx, (c) => out.push(c));
  const irq = () => b.plic.level[UART_IRQ] === 1;
  // Reset state.
  assert.equal(u.read(5, 1), 0x60, 'LSR: THRE | TEMT');
  assert.equal(u.read(2, 1), 0x01, 'IIR: no interrupt');
  assert.equal(u.read(6, 1), 0xb0, 'MSR: DCD | DSR | CTS');
  u.write(0, 1, 0x41, 0);
  u.write(0, 1, 0x42, 0);
  assert.deepEqual(out, [0x41, 0x42]);
  assert.equal(u.read(5, 1) & 0x60, 0x60);
  // THRE interrupt: enabling THRI with an empty THR raises it; reading IIR clears it.
  u.write(1, 1, 0x02, 0);
  assert.equal(irq(), true);
  assert.equal(u.read(2, 1), 0x02);
  assert.equal(irq(), false);
  u.write(0, 1, 0x43, 0);
  assert.equal(irq(), true, 'transmit complete raises THRI again');
  u.write(1, 1, 0, 0);
  assert.equal(irq(), false);
  // Divisor latch: 115200 baud (divisor 2) gives one character per 10 bits.
  u.write(3, 1, 0x80, 0);
  u.write(0, 1, 2, 0);
  u.write(1, 1, 0, 0);
  assert.equal(u.read(0, 1), 2);
  u.write(3, 1, 0x03, 0);
  const charCycles = Math.round((10 * HZ) / (0x384000 / 32));
  assert.equal(u.charCycles(), charCycles);
  // FIFO on, trigger level 4; receive interrupt enabled.
  u.write(2, 1, 0x47, 0);
  assert.equal(u.read(2, 1) & 0xc0, 0xc0, 'FIFOs enabled');
  u.write(1, 1, 0x01, 0);
  u.feed(new TextEncoder().encode('hello world, 20 chars!'));
  b.until(charCycles * 3);
  assert.equal(irq(), false, 'below the trigger level');
  assert.equal(u.read(5, 1) & 1, 1, 'data ready');
  b.until(charCycles * 4);
  assert.equal(irq(), true, 'trigger level reached');
  assert.equal(u.read(2, 1) & 0x0f, 0x04, 'IIR: received data available');
  // The FIFO holds 16 bytes; the host waits instead of overrunning.
  b.until(charCycles * 40);
  assert.equal(u.inputRemaining, 22 - 16);
  assert.equal(u.read(5, 1) & 2, 0, 'no overrun');
  let got = '';
  while (u.read(5, 1) & 1) got += String.fromCharCode(u.read(0, 1));
  assert.equal(got, 'hello world, 20 ');
  assert.equal(irq(), false);
  // The rest arrives; 2 bytes sit below the trigger: character timeout after 4 character times.
  b.until(b.now + charCycles * 6 + 1);
  assert.equal(u.inputRemaining, 0);
  b.until(b.now + charCycles * 4);
  assert.equal(u.read(2, 1) & 0x0f, 0x0c, 'IIR: character timeout');
  assert.equal(irq(), true);
  got = '';
  while (u.read(5, 1) & 1) got += String.fromCharCode(u.read(0, 1));
  assert.equal(got, 'chars!');
  assert.equal(irq(), false);
  // FIFO off: a second byte before the first is read overruns; line status interrupt reports it.
  u.write(2, 1, 0x00, 0);
  u.write(1, 1, 0x05, 0);
  u.write(4, 1, 0x10, 0); // loopback: transmitted bytes come back
  u.write(0, 1, 0x31, 0);
  u.write(0, 1, 0x32, 0);
  assert.equal(u.read(2, 1) & 0x0f, 0x06, 'IIR: receiver line status');
  assert.equal(u.read(5, 1) & 0x03, 0x03, 'DR | OE');
  assert.equal(u.read(5, 1) & 0x02, 0, 'OE clears on read');
  assert.equal(u.read(0, 1), 0x32);
  assert.equal(out.length, 3, 'loopback bytes do not reach the console');
  // Scratch register; registers above 7 do not exist.
  u.write(7, 1, 0x5a, 0);
  assert.equal(u.read(7, 1), 0x5a);
  assert.equal(u.read(8, 1), 0);
});

test('goldfish RTC: time from the virtual clock, alarm in virtual time, interrupt enable and clear', () => {
  const b = bench();
  const r = new GoldfishRtc(b.ctx);
  const time = () => { const lo = r32(r, 0); return r32(r, 4) * 2 ** 32 + lo; };
  b.until(123_456);
  assert.equal(time(), 1_234_560, 'ns = cycles * 10');
  // Alarm 5 ms from now.
  const at = time() + 5_000_000;
  w32(r, 0x0c, Math.floor(at / 2 ** 32));
  w32(r, 0x08, at % 2 ** 32);
  assert.equal(r32(r, 0x18), 1, 'alarm running');
  w32(r, 0x10, 1);
  b.until(b.now + 499_999);
  assert.equal(b.plic.level[RTC_IRQ], 0);
  b.until(b.now + 1);
  assert.equal(b.plic.level[RTC_IRQ], 1);
  assert.equal(r32(r, 0x18), 0);
  assert.equal(time(), at);
  w32(r, 0x1c, 1);
  assert.equal(b.plic.level[RTC_IRQ], 0);
  // An alarm in the past fires at once; with interrupts disabled it only latches.
  w32(r, 0x10, 0);
  w32(r, 0x08, 1);
  assert.equal(b.plic.level[RTC_IRQ], 0);
  w32(r, 0x10, 1);
  assert.equal(b.plic.level[RTC_IRQ], 1);
  w32(r, 0x1c, 1);
  // Clearing a running alarm cancels it.
  w32(r, 0x08, (time() + 1000) % 2 ** 32);
  w32(r, 0x14, 1);
  b.until(b.now + 1000);
  assert.equal(b.plic.level[RTC_IRQ], 0);
  // Setting the time moves the offset; 1-byte accesses are invalid.
  w32(r, 0x04, 1);
  w32(r, 0x00, 0);
  assert.equal(time(), 2 ** 32);
  assert.equal(r.read(0, 1), 0);
});

test('sifive test: pass, fail with code, reset; the power-fail line: latch, enable, ack', () => {
  const reqs: PowerRequest[] = [];
  const t = new SifiveTest((x) => reqs.push(x));
  w32(t, 0, 0x1234);
  w32(t, 0, 0x5555);
  w32(t, 0, (3 << 16) | 0x3333);
  w32(t, 0, 0x7777);
  t.write(0, 2, 0x5555, 0);
  assert.deepEqual(reqs, [{ kind: 'poweroff', code: 0 }, { kind: 'poweroff', code: 3 }, { kind: 'reset' }]);
  const b = bench();
  const p = new PowerFailLine(b.ctx, 100_000);
  assert.equal(r32(p, 0), POWERFAIL_MAGIC);
  assert.equal(r32(p, 0x10), 100_000);
  assert.equal(r32(p, 4), 0);
  b.until(5_000_000);
  p.fail();
  assert.equal(r32(p, 4), 3, 'failed, interrupt pending');
  assert.equal(b.plic.level[POWERFAIL_IRQ], 0, 'not enabled');
  w32(p, 8, 1);
  assert.equal(b.plic.level[POWERFAIL_IRQ], 1);
  assert.equal(r32(p, 0x14), 50_000_000, 'failure time in ns');
  w32(p, 0xc, 1);
  assert.equal(b.plic.level[POWERFAIL_IRQ], 0);
  assert.equal(r32(p, 4), 1, 'the failure stays latched');
});

// ---- virtio-blk ----

const DESC = 0x80100000, AVAIL = 0x80101000, USED = 0x80102000, BUF = 0x80200000;
const QN = 8;

/** A minimal virtio-mmio block driver, as a guest would write it. */
class Driver {
  private avail = 0;
  private next = 0;
  constructor(readonly b: ReturnType<typeof bench>, readonly d: VirtioBlk, features = [1 << 9, 1]) {
    assert.equal(r32(d, 0), 0x74726976);
    assert.equal(r32(d, 4), 2);
    assert.equal(r32(d, 8), 2);
    w32(d, 0x70, 0);
    w32(d, 0x70, 1);
    w32(d, 0x70, 3);
    w32(d, 0x14, 0);
    const f0 = r32(d, 0x10);
    w32(d, 0x14, 1);
    const f1 = r32(d, 0x10);
    assert.equal(f1 & 1, 1, 'VERSION_1 offered');
    assert.equal(f0 & (1 << 9), 1 << 9, 'FLUSH offered');
    w32(d, 0x24, 0);
    w32(d, 0x20, features[0]);
    w32(d, 0x24, 1);
    w32(d, 0x20, features[1]);
    w32(d, 0x70, 0xb);
    assert.equal(r32(d, 0x70) & 8, 8, 'FEATURES_OK accepted');
    w32(d, 0x30, 0);
    assert.equal(r32(d, 0x34), 256);
    w32(d, 0x38, QN);
    w32(d, 0x80, DESC);
    w32(d, 0x84, 0);
    w32(d, 0x90, AVAIL);
    w32(d, 0xa0, USED);
    w32(d, 0x44, 1);
    w32(d, 0x70, 0xf);
  }

  /** Queue one request (header, optional data, status) and notify. Returns the status byte address. */
  submit(type: number, sector: number, data: Uint8Array | number | null): { status: number; buf: number } {
    const mem = this.b.mem;
    if (this.next + 3 > QN) this.next = 0;
    const slot = this.next;
    this.next += 3;
    const hdr = BUF + slot * 0x10000;
    const buf = hdr + 0x100;
    const status = hdr + 0x80;
    mem.write32(hdr, type);
    mem.write32(hdr + 4, 0);
    mem.write64(hdr + 8, BigInt(sector));
    mem.write8(status, 0xff);
    const desc = (i: number, addr: number, len: number, flags: number, next: number) => {
      const a = DESC + 16 * i;
      mem.write64(a, BigInt(addr));
      mem.write32(a + 8, len);
      mem.write8(a + 12, flags);
      mem.write8(a + 13, 0);
      mem.write8(a + 14, next);
      mem.write8(a + 15, 0);
    };
    if (data === null) {
      desc(slot, hdr, 16, 1, slot + 1);
      desc(slot + 1, status, 1, 2, 0);
    } else {
      const len = typeof data === 'number' ? data : data.length;
      if (typeof data !== 'number') mem.writeBytes(buf, data);
      desc(slot, hdr, 16, 1, slot + 1);
      desc(slot + 1, buf, len, 1 | (type === T_IN || type === T_GET_ID ? 2 : 0), slot + 2);
      desc(slot + 2, status, 1, 2, 0);
    }
    mem.write8(AVAIL + 4 + 2 * (this.avail % QN), slot);
    mem.write8(AVAIL + 5 + 2 * (this.avail % QN), 0);
    this.avail = (this.avail + 1) & 0xffff;
    mem.write8(AVAIL + 2, this.avail & 0xff);
    mem.write8(AVAIL + 3, this.avail >> 8);
    w32(this.d, 0x50, 0);
    return { status, buf };
  }

  usedIdx(): number {
    return this.b.mem.read8(USED + 2) | (this.b.mem.read8(USED + 3) << 8);
  }

  ack(): void {
    w32(this.d, 0x64, r32(this.d, 0x60));
  }
}

function disk(model: DiskModelName, writeCache = false, sectors = 4096) {
  const b = bench();
  const image = new Uint8Array(sectors * 512);
  const d = new VirtioBlk(b.ctx, new MemoryBackend(image), { model, writeCache });
  return { b, image, d, drv: new Driver(b, d) };
}

const pattern = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7 + seed) & 0xff);

test('virtio-blk (ram model): read, write, flush and get-id complete at once; config space; bad requests fail', () => {
  const { b, image, d, drv } = disk('ram');
  assert.equal(d.read(0x100, 4), 4096, 'capacity in sectors');
  assert.equal(d.read(0x114, 4), 512, 'blk_size');
  assert.equal(d.read(0x100, 1), 0);
  image.set(pattern(512, 1), 3 * 512);
  let r = drv.submit(T_IN, 3, 512);
  assert.equal(b.mem.read8(r.status), ST_OK);
  assert.deepEqual(b.mem.readBytes(r.buf, 512), pattern(512, 1));
  assert.equal(drv.usedIdx(), 1);
  assert.equal(b.plic.level[1], 1);
  assert.equal(r32(d, 0x60), 1);
  drv.ack();
  assert.equal(b.plic.level[1], 0);
  r = drv.submit(T_OUT, 10, pattern(1024, 2));
  assert.equal(b.mem.read8(r.status), ST_OK);
  assert.deepEqual(image.subarray(10 * 512, 12 * 512), pattern(1024, 2), 'write-through: durable at completion');
  r = drv.submit(T_FLUSH, 0, null);
  assert.equal(b.mem.read8(r.status), ST_OK);
  r = drv.submit(T_GET_ID, 0, 20);
  assert.equal(new TextDecoder().decode(b.mem.readBytes(r.buf, 12)), 'sel4ts-disk0');
  // Beyond the end, not a whole sector, unknown type.
  r = drv.submit(T_IN, 4095, 1024);
  assert.equal(b.mem.read8(r.status), ST_IOERR);
  r = drv.submit(T_OUT, 0, 100);
  assert.equal(b.mem.read8(r.status), ST_IOERR);
  r = drv.submit(99, 0, null);
  assert.equal(b.mem.read8(r.status), ST_UNSUPP);
  assert.equal(drv.usedIdx(), 7);
  assert.ok(d.log.every((x) => x.completed === x.submitted), 'no delay at all');
  // Empty transports answer DeviceID 0.
  const e = new VirtioMmioEmpty(0x10002000);
  assert.deepEqual([r32(e, 0), r32(e, 4), r32(e, 8)], [0x74726976, 2, 0]);
  // Features the device does not offer are refused.
  const b2 = bench();
  const d2 = new VirtioBlk(b2.ctx, new MemoryBackend(new Uint8Array(4096)), { model: 'ram', writeCache: false });
  w32(d2, 0x70, 3);
  w32(d2, 0x24, 0);
  w32(d2, 0x20, 1 << 28);
  w32(d2, 0x70, 0xb);
  assert.equal(r32(d2, 0x70) & 8, 0);
});

test('virtio-blk ssd model: latency = command latency + transfer, requests served in order', () => {
  const { b, d, drv } = disk('ssd');
  const p = SSD_DEFAULTS;
  const r1 = drv.submit(T_IN, 0, 4096);
  const r2 = drv.submit(T_OUT, 100, pattern(4096, 3));
  assert.equal(b.mem.read8(r1.status), 0xff, 'not complete yet');
  const readNs = p.readLatencyNs + (4096 * 1e9) / p.mediaBandwidth;
  const writeNs = p.writeLatencyNs + (4096 * 1e9) / p.mediaBandwidth;
  b.until(Math.ceil(readNs / 10) - 1);
  assert.equal(b.mem.read8(r1.status), 0xff);
  b.until(Math.ceil(readNs / 10));
  assert.equal(b.mem.read8(r1.status), ST_OK);
  assert.equal(b.mem.read8(r2.status), 0xff);
  b.until(1e9);
  assert.equal(b.mem.read8(r2.status), ST_OK);
  const [a, w] = d.log;
  assert.equal(a.completed - a.submitted, Math.ceil(readNs / 10));
  assert.equal(w.started, a.completed, 'the second request waits for the first');
  assert.equal(w.completed - w.started, Math.ceil(writeNs / 10));
});

test('virtio-blk hdd model: seek + rotational latency + transfer, deterministic from the head position', () => {
  const { b, d, drv } = disk('hdd', false, 64 * 2048);
  const model = new HddTiming(64 * 2048);
  const p = HDD_DEFAULTS;
  const rot = 60e9 / p.rpm;
  // Sector 0 at time 0: overhead, no seek, wait for the sector to come round, transfer 8 sectors.
  drv.submit(T_IN, 0, 4096);
  b.until(1e9);
  const expect0 = p.controllerOverheadNs + (rot - p.controllerOverheadNs) + (8 / p.sectorsPerTrack) * rot;
  assert.ok(Math.abs((d.log[0].completed - d.log[0].submitted) * 10 - expect0) <= 10);
  // A far sector: seek dominated; every latency stays within overhead + full stroke + one turn + transfer.
  const t1 = b.now;
  drv.submit(T_OUT, 63 * 2048 + 5, pattern(512, 9));
  b.until(t1 + 1e9);
  const lat = (d.log[1].completed - d.log[1].submitted) * 10;
  model.headTrack = 0;
  const expect1 = model.write(63 * 2048 + 5, 1, t1 * 10);
  assert.ok(Math.abs(lat - expect1) <= 10, `${lat} vs ${expect1}`);
  assert.ok(lat > p.controllerOverheadNs + model.seekNs(0, 63) && lat < p.controllerOverheadNs + p.fullStrokeSeekNs + rot + 1e6);
  // Random reads over the disk average near overhead + average seek + half a turn.
  let sum = 0;
  for (let i = 0; i < 40; i++) {
    const s = (i * 7919 * 2048 + i * 131) % (64 * 2048 - 8);
    const t = b.now;
    drv.submit(T_IN, s, 512);
    b.until(t + 1e9);
    sum += (d.log[d.log.length - 1].completed - t) * 10;
  }
  const avgMs = sum / 40 / 1e6;
  assert.ok(avgMs > 6 && avgMs < 20, `average random access ${avgMs.toFixed(2)} ms`);
});

test('virtio-blk write cache: writes are fast but volatile until a flush; power loss reports what is lost', () => {
  for (const model of ['ssd', 'hdd'] as const) {
    const { b, image, d, drv } = disk(model, true);
    const w1 = drv.submit(T_OUT, 8, pattern(1024, 4));
    b.until(1e9);
    assert.equal(b.mem.read8(w1.status), ST_OK);
    const cachedLat = (d.log[0].completed - d.log[0].submitted) * 10;
    assert.ok(cachedLat < 200_000, `${model}: cached write took ${cachedLat} ns`);
    assert.deepEqual(image.subarray(8 * 512, 10 * 512), new Uint8Array(1024), 'not durable yet');
    assert.equal(d.cachedSectors, 2);
    // Reads see the cached data.
    const r = drv.submit(T_IN, 8, 1024);
    b.until(2e9);
    assert.deepEqual(b.mem.readBytes(r.buf, 1024), pattern(1024, 4));
    // Flush: durable when it completes, and it pays the media time.
    const f = drv.submit(T_FLUSH, 0, null);
    const ft = b.now;
    b.until(3e9);
    assert.equal(b.mem.read8(f.status), ST_OK);
    assert.deepEqual(image.subarray(8 * 512, 10 * 512), pattern(1024, 4));
    assert.ok(d.log[2].completed > ft);
    assert.equal(d.cachedSectors, 0);
    // Another cached write, and one in flight: power goes.
    drv.submit(T_OUT, 100, pattern(512, 5));
    b.until(4e9);
    drv.submit(T_OUT, 200, pattern(512, 6));
    const lost = d.powerLost();
    assert.deepEqual(lost.cached, [{ sector: 100, count: 1 }]);
    assert.equal(lost.inFlight.length, 1);
    assert.equal(lost.inFlight[0].sector, 200);
    assert.deepEqual(image.subarray(100 * 512, 101 * 512), new Uint8Array(512));
    assert.deepEqual(image.subarray(200 * 512, 201 * 512), new Uint8Array(512));
    // Nothing completes after power is gone.
    b.until(5e9);
    assert.equal(d.log[d.log.length - 1].completed, -1);
  }
  // Without FLUSH negotiated the device writes through even with the cache option on.
  const b = bench();
  const image = new Uint8Array(4096 * 512);
  const d = new VirtioBlk(b.ctx, new MemoryBackend(image), { model: 'ssd', writeCache: true });
  const drv = new Driver(b, d, [0, 1]);
  drv.submit(T_OUT, 1, pattern(512, 7));
  b.until(1e9);
  assert.equal(d.writeBack, false);
  assert.deepEqual(image.subarray(512, 1024), pattern(512, 7));
});

test('ssd/hdd timing functions match their documented parameters', () => {
  const s = new SsdTiming();
  assert.equal(s.read(0, 8), 80_000 + 10_240);
  assert.equal(s.flush([]), 50_000);
  const h = new HddTiming(2048 * 100);
  assert.equal(h.seekNs(0, 0), 0);
  assert.equal(h.seekNs(0, 100), HDD_DEFAULTS.fullStrokeSeekNs);
  assert.equal(h.seekNs(10, 11), Math.round(800_000 + 14_200_000 * Math.sqrt(0.01)));
  assert.equal(h.rotationalWaitNs(0, 0), 0);
  assert.equal(h.rotationalWaitNs(1024, 0), Math.round(60e9 / 7200 / 2));
});
