// The virtual patient on its own: its ground truth (missed beats) with a silent pacer and with a correct VVI pacer
// driven through its registers, the rhythm's properties, determinism per seed, and the device tree node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhysicalMemory } from '../src/machine/memory.js';
import { EventQueue } from '../src/machine/events.js';
import { Plic } from '../src/machine/devices/plic.js';
import { VirtualPatient, HEART_IRQ, HEART_MAGIC, HEART_BASE } from '../src/machine/devices/heart.js';
import type { DeviceContext } from '../src/machine/devices/context.js';
import { makeVirtDtb, parseFdt } from '../src/boot/fdt.js';

const HZ = 100_000_000;
const S = HZ;

function bench(seed: number) {
  const events = new EventQueue();
  const plic = new Plic();
  let now = 0;
  const ctx: DeviceContext = { now: () => now, cpuHz: HZ, events, plic, mem: new PhysicalMemory(16 * 1024 * 1024) };
  const heart = new VirtualPatient(ctx, { seed });
  return {
    heart, plic,
    get now() { return now; },
    set now(t: number) { now = t; },
    events,
  };
}

/** Only the device's own events: nobody paces. */
function silent(seed: number, seconds: number) {
  const b = bench(seed);
  const end = seconds * S;
  for (;;) {
    const t = b.events.nextTime();
    if (t > end) break;
    b.now = t;
    b.events.runDue(t);
  }
  b.now = end;
  return b;
}

/** A VVI pacer in TypeScript using only the registers: pace when nothing is sensed for `lriMs` after a beat. */
function paced(seed: number, seconds: number, lriMs = 1000, latencyCycles = 2000) {
  const b = bench(seed);
  const h = b.heart;
  h.write(0x08, 4, 1, 0);
  const end = seconds * S;
  let last = 0;
  const lri = (lriMs * S) / 1000;
  for (;;) {
    const deadline = last + lri + latencyCycles;
    const t = Math.min(b.events.nextTime(), deadline);
    if (t > end) break;
    b.now = t;
    b.events.runDue(t);
    if ((h.read(0x04, 4) & 1) !== 0) {
      assert.equal(b.plic.level[HEART_IRQ], 1, 'a sensed beat raises the interrupt line');
      h.write(0x0c, 4, 1, 0);
      last = t;
    } else if (t === deadline) {
      h.write(0x10, 4, 1, 0);
      last = t;
    }
  }
  b.now = end;
  return b;
}

test('heart: a silent pacer gives missed beats (the device counts them itself)', () => {
  for (const seed of [1, 2, 3, 42, 1234]) {
    const b = silent(seed, 120);
    const h = b.heart;
    assert.ok(h.missedAt(120e9) > 0, `seed ${seed}: missed beats without pacing`);
    assert.ok(h.worstSlackNs < 0, `seed ${seed}: negative slack`);
    assert.equal(h.paces, 0);
    assert.ok(h.beats.every((x) => x.kind === 'sensed'));
    // Every missed-beat interval is longer than lower rate + tolerance.
    for (const l of h.longIntervals) assert.ok(l.toNs - l.fromNs > 1050e6);
    assert.ok(h.episodes.some((e) => e.kind === 'brady') && h.episodes.some((e) => e.kind === 'pause'));
  }
});

test('heart: a correct VVI pacer gives no missed beats and keeps the slack', () => {
  for (const seed of [1, 2, 3, 42, 1234]) {
    const b = paced(seed, 120);
    const h = b.heart;
    assert.equal(h.missedAt(120e9), 0, `seed ${seed}`);
    assert.ok(h.paces > 10, `seed ${seed}: the patient needed pacing (${h.paces} paces)`);
    assert.equal(h.pacesNotCaptured, 0);
    // 20 us of latency: the worst slack is the tolerance minus that.
    assert.ok(h.worstSlackNs >= 50e6 - 20e3 - 1, `seed ${seed}: worst slack ${h.worstSlackNs}`);
    assert.ok(h.beats.some((x) => x.kind === 'sensed') && h.beats.some((x) => x.kind === 'paced'));
  }
});

test('heart: a pacer that is late by more than the tolerance misses beats', () => {
  const b = paced(7, 120, 1000, 0.06 * S);
  assert.ok(b.heart.missed > 0);
});

test('heart: any 8 s without pacing contains an interval the pacer must fill', () => {
  for (const seed of [5, 6, 7, 8]) {
    const h = silent(seed, 300).heart;
    for (let i = 0; i + 1 < h.episodes.length; i++) {
      const e = h.episodes[i];
      if (e.kind === 'normal') {
        assert.ok(e.endNs - e.startNs <= 6000e6);
        assert.notEqual(h.episodes[i + 1].kind, 'normal');
      }
    }
  }
});

test('heart: the same seed gives the same patient, another seed another one', () => {
  const a = silent(11, 60).heart.beats.map((x) => x.ns);
  const b = silent(11, 60).heart.beats.map((x) => x.ns);
  const c = silent(12, 60).heart.beats.map((x) => x.ns);
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
});

test('heart: registers, refractory period, sense time', () => {
  const b = bench(3);
  const h = b.heart;
  assert.equal(h.read(0x00, 4), HEART_MAGIC);
  b.now = 0.5 * S;
  b.events.runDue(b.now);
  assert.equal(h.read(0x04, 4), 1, 'first beat at 500 ms');
  assert.equal(b.plic.level[HEART_IRQ], 0, 'interrupt disabled');
  assert.equal(h.read(0x14, 4), 500e6);
  assert.equal(h.read(0x1c, 4), 1);
  b.now = 0.6 * S;
  h.write(0x10, 4, 1, 0); // 100 ms after the beat: refractory
  assert.equal(h.pacesNotCaptured, 1);
  assert.equal(h.read(0x1c, 4), 1);
  b.now = 0.9 * S;
  h.write(0x10, 4, 1, 0);
  assert.equal(h.read(0x1c, 4), 2);
  assert.equal(h.beats[1].kind, 'paced');
  h.write(0x0c, 4, 1, 0);
  assert.equal(h.read(0x04, 4), 0);
});

test('heart: described in the generated device tree with its PLIC interrupt', () => {
  const root = parseFdt(makeVirtDtb({ ramSize: 1 << 30, heart: true }));
  const soc = root.children.find((n) => n.name === 'soc')!;
  const node = soc.children.find((n) => n.name === `heart@${HEART_BASE.toString(16)}`);
  assert.ok(node !== undefined);
  const irq = node.props.get('interrupts')!;
  assert.equal(new DataView(irq.buffer, irq.byteOffset).getUint32(0), HEART_IRQ);
  assert.equal(Buffer.from(node.props.get('compatible')!).toString('latin1'), 'sel4ts,heart\0');
  const plain = parseFdt(makeVirtDtb({ ramSize: 1 << 30 })).children.find((n) => n.name === 'soc')!;
  assert.ok(!plain.children.some((n) => n.name.startsWith('heart@')));
});
