// The virtual patient (a sel4ts device, not in QEMU): a heart with a seeded, deterministic intrinsic rhythm, a sense
// interrupt on every intrinsic beat and a pace register, wired like a pacemaker's lead. It sits in QEMU virt's
// platform-bus window after the power-fail line, on the second platform-bus interrupt (PLIC source 65).
//
// The device keeps the ground truth: every interval between two beats (sensed or paced-and-captured) longer than
// the lower-rate interval plus a tolerance is a missed beat. The software under test never decides that.
//
// Rhythm: a sequence of episodes drawn from the seed: normal conduction (3-6 s at 63-92 bpm), bradycardia (4-12 s
// at 33-52 bpm) and sinus pauses (one interval of 2-3.5 s). Every normal episode is followed by a bradycardia
// episode or a pause, so any 8 s without pacing contains an interval the pacer must fill. After every beat,
// intrinsic or paced, the next intrinsic beat is drawn from the episode it falls in (a paced beat resets the
// escape rhythm). A pace within the refractory period after a beat does not capture.
//
// Registers (32-bit):
//   0x00 MAGIC        RO  0x54524548 ("HERT")
//   0x04 STATUS       RO  bit 0: a sensed beat is pending (interrupt)
//   0x08 IRQ_ENABLE   RW  bit 0: raise the interrupt line while a sensed beat is pending
//   0x0c IRQ_ACK      WO  bit 0: clear the pending sensed beat
//   0x10 PACE         WO  bit 0: deliver a pacing pulse now
//   0x14 SENSE_NS_LO  RO  virtual time of the last sensed beat in ns, low word
//   0x18 SENSE_NS_HI  RO  high word
//   0x1c BEATS        RO  beats so far (sensed + paced and captured)
import type { MmioDevice } from '../memory.js';
import type { DeviceContext } from './context.js';
import type { EventHandle } from '../events.js';
import { mulberry32 } from '../prng.js';

export const HEART_BASE = 0x4001000;
export const HEART_SIZE = 0x1000;
export const HEART_IRQ = 65;
export const HEART_MAGIC = 0x54524548;

export interface HeartOptions {
  /** Picks the patient: the episodes and the intervals within them. */
  seed: number;
  /** Lower-rate interval in ms (default 1000: 60 bpm). */
  lowerRateMs?: number;
  /** An interval longer than lowerRateMs + toleranceMs is a missed beat (default 50). */
  toleranceMs?: number;
  /** Paces within this many ms after a beat do not capture (default 250). */
  refractoryMs?: number;
}

export type BeatKind = 'sensed' | 'paced';

export interface Beat {
  ns: number;
  kind: BeatKind;
}

export type EpisodeKind = 'normal' | 'brady' | 'pause';

export interface Episode {
  kind: EpisodeKind;
  startNs: number;
  endNs: number;
}

const MS = 1_000_000;

export class VirtualPatient implements MmioDevice {
  readonly name = 'heart';
  readonly base = HEART_BASE;
  readonly size = HEART_SIZE;
  readonly lriNs: number;
  readonly toleranceNs: number;
  readonly refractoryNs: number;
  /** Every beat, in order (the rhythm strip). */
  readonly beats: Beat[] = [];
  readonly episodes: Episode[] = [];
  /** Ground truth. */
  missed = 0;
  /** Intervals that were too long (each counts floor((interval - tolerance) / LRI) missed beats). */
  readonly longIntervals: { fromNs: number; toNs: number }[] = [];
  /** Smallest (lowerRate + tolerance - interval) over every interval, ns; Infinity before the second beat. */
  worstSlackNs = Infinity;
  /** Slack of every paced beat, ns (the pacer's timing margin). */
  readonly pacedSlackNs: number[] = [];
  paces = 0;
  pacesNotCaptured = 0;
  onBeat: ((b: Beat) => void) | null = null;
  private lastBeatNs = 0;
  private pending = false;
  private enabled = false;
  private lastSenseNs = 0;
  private next: EventHandle | null = null;
  private readonly episodeRng: () => number;
  private readonly seed: number;
  private intervalRng: () => number = Math.random;
  private intervalRngEpisode = -1;

  constructor(private readonly ctx: DeviceContext, opts: HeartOptions) {
    this.seed = opts.seed >>> 0;
    this.lriNs = (opts.lowerRateMs ?? 1000) * MS;
    this.toleranceNs = (opts.toleranceMs ?? 50) * MS;
    this.refractoryNs = (opts.refractoryMs ?? 250) * MS;
    this.episodeRng = mulberry32(this.seed ^ 0x9e3779b9);
    // The first beat comes 500 ms in, in a normal episode (the software has booted by then).
    this.episodes.push({ kind: 'normal', startNs: 0, endNs: this.span(3000, 6000) * MS });
    this.scheduleAt(500 * MS);
  }

  /** Uniform integer in [lo, hi] from the episode generator. */
  private span(lo: number, hi: number): number {
    return lo + Math.floor(this.episodeRng() * (hi - lo + 1));
  }

  private nowNs(): number {
    return Math.floor((this.ctx.now() * 1e9) / this.ctx.cpuHz);
  }

  /** The episode at time ns (generating episodes as far as needed), and its index. */
  private episodeAt(ns: number): number {
    let last = this.episodes[this.episodes.length - 1];
    while (last.endNs <= ns) {
      const start = last.endNs;
      let e: Episode;
      if (last.kind === 'normal') {
        if (this.episodeRng() < 0.6) e = { kind: 'brady', startNs: start, endNs: start + this.span(4000, 12000) * MS };
        else e = { kind: 'pause', startNs: start, endNs: start + this.span(2000, 3500) * MS };
      } else {
        e = { kind: 'normal', startNs: start, endNs: start + this.span(3000, 6000) * MS };
      }
      this.episodes.push(e);
      last = e;
    }
    for (let i = this.episodes.length - 1; i >= 0; i--) if (this.episodes[i].startNs <= ns) return i;
    return 0;
  }

  /** When the next intrinsic beat comes after a beat at `ns`: drawn from the episode `ns` is in; none in a pause. */
  private nextIntrinsic(ns: number): number {
    const i = this.episodeAt(ns);
    const ep = this.episodes[i];
    if (i !== this.intervalRngEpisode) {
      // Each episode has its own generator, so episodes do not depend on how the pacer behaved before.
      this.intervalRng = mulberry32((this.seed * 2654435761 + i * 40503 + 1) >>> 0);
      this.intervalRngEpisode = i;
    }
    const r = this.intervalRng();
    let d: number;
    switch (ep.kind) {
      case 'normal': d = Math.round((650 + r * 300) * MS); break;
      case 'brady': d = Math.round((1150 + r * 650) * MS); break;
      case 'pause': d = ep.endNs - ns; break;
    }
    let next = ns + Math.max(d, 400 * MS);
    const j = this.episodeAt(next);
    if (this.episodes[j].kind === 'pause') next = Math.max(next, this.episodes[j].endNs);
    return next;
  }

  private scheduleAt(ns: number): void {
    this.ctx.events.cancel(this.next);
    const cyc = Math.ceil((ns * this.ctx.cpuHz) / 1e9);
    this.next = this.ctx.events.schedule(cyc, () => {
      this.next = null;
      this.intrinsicBeat();
    });
  }

  private intrinsicBeat(): void {
    const t = this.nowNs();
    this.record(t, 'sensed');
    this.lastSenseNs = t;
    this.pending = true;
    this.update();
    this.scheduleAt(this.nextIntrinsic(t));
  }

  private pace(): void {
    const t = this.nowNs();
    this.paces++;
    if (this.beats.length > 0 && t - this.lastBeatNs < this.refractoryNs) {
      this.pacesNotCaptured++;
      return;
    }
    this.pacedSlackNs.push(this.lriNs + this.toleranceNs - (t - this.lastBeatNs));
    this.record(t, 'paced');
    this.scheduleAt(this.nextIntrinsic(t));
  }

  private record(t: number, kind: BeatKind): void {
    this.checkInterval(this.lastBeatNs, t);
    this.lastBeatNs = t;
    const b = { ns: t, kind };
    this.beats.push(b);
    this.onBeat?.(b);
  }

  private checkInterval(from: number, to: number): void {
    const interval = to - from;
    const slack = this.lriNs + this.toleranceNs - interval;
    if (slack < this.worstSlackNs) this.worstSlackNs = slack;
    if (slack < 0) {
      this.missed += Math.floor((interval - this.toleranceNs) / this.lriNs);
      this.longIntervals.push({ fromNs: from, toNs: to });
    }
  }

  /**
   * Ground truth at the end of a run: the interval still open at `endNs` counts too (a pacer that stopped for good
   * near the end still missed those beats). Returns the missed beats including it; does not change the device.
   */
  missedAt(endNs: number): number {
    const open = endNs - this.lastBeatNs;
    const extra = open > this.lriNs + this.toleranceNs ? Math.floor((open - this.toleranceNs) / this.lriNs) : 0;
    return this.missed + extra;
  }

  /** The worst slack including the open interval at `endNs`. */
  worstSlackAt(endNs: number): number {
    return Math.min(this.worstSlackNs, this.lriNs + this.toleranceNs - (endNs - this.lastBeatNs));
  }

  private update(): void {
    this.ctx.plic.setIrq(HEART_IRQ, this.pending && this.enabled);
  }

  read(offset: number, width: number): number {
    if (width !== 4) return 0;
    switch (offset) {
      case 0x00: return HEART_MAGIC;
      case 0x04: return this.pending ? 1 : 0;
      case 0x08: return this.enabled ? 1 : 0;
      case 0x14: return Number(BigInt.asUintN(32, BigInt(this.lastSenseNs))) | 0;
      case 0x18: return Math.floor(this.lastSenseNs / 4294967296) | 0;
      case 0x1c: return this.beats.length | 0;
      default: return 0;
    }
  }

  write(offset: number, width: number, lo: number, _hi: number): void {
    if (width !== 4) return;
    switch (offset) {
      case 0x08:
        this.enabled = (lo & 1) !== 0;
        this.update();
        break;
      case 0x0c:
        if ((lo & 1) !== 0) {
          this.pending = false;
          this.update();
        }
        break;
      case 0x10:
        if ((lo & 1) !== 0) this.pace();
        break;
      default:
        break;
    }
  }
}
