// Disk timing models in virtual time, for the virtio-blk device. All times are in nanoseconds.
//   ram  no delay at all: a request completes at the instant the driver notifies the device.
//   ssd  SATA-class flash: fixed command latency plus transfer at the interface / media rate.
//   hdd  7200 rpm disk: controller overhead + seek (sqrt of the distance in tracks) + rotational latency
//        (the platter turns continuously from time 0, so the wait depends on where the head is) + media transfer.
// With a volatile write cache, writes complete once the data is in the cache (interface transfer); a flush
// then pays the media cost of every dirty extent (written back in ascending sector order).

export type DiskModelName = 'ram' | 'ssd' | 'hdd';
export const DISK_MODELS: readonly DiskModelName[] = ['ram', 'ssd', 'hdd'];
export const SECTOR = 512;

export interface SsdParams {
  readLatencyNs: number;
  writeLatencyNs: number;
  /** Bytes per second from/to flash. */
  mediaBandwidth: number;
  /** Bytes per second over the interface (cache hits, cached writes). */
  interfaceBandwidth: number;
  /** Latency of a write that only reaches the cache. */
  cachedWriteLatencyNs: number;
  flushLatencyNs: number;
}

export interface HddParams {
  rpm: number;
  sectorsPerTrack: number;
  controllerOverheadNs: number;
  trackToTrackSeekNs: number;
  fullStrokeSeekNs: number;
  interfaceBandwidth: number;
}

export const SSD_DEFAULTS: SsdParams = {
  readLatencyNs: 80_000,
  writeLatencyNs: 100_000,
  mediaBandwidth: 400e6,
  interfaceBandwidth: 500e6,
  cachedWriteLatencyNs: 15_000,
  flushLatencyNs: 50_000,
};

export const HDD_DEFAULTS: HddParams = {
  rpm: 7200,
  sectorsPerTrack: 2048,
  controllerOverheadNs: 100_000,
  trackToTrackSeekNs: 800_000,
  fullStrokeSeekNs: 15_000_000,
  interfaceBandwidth: 300e6,
};

export interface Extent {
  sector: number;
  count: number;
}

export interface DiskTiming {
  readonly name: DiskModelName;
  /** Time to read `count` sectors at `sector` when the request starts at `startNs`. Moves the head. */
  read(sector: number, count: number, startNs: number): number;
  /** Time to write through to the media. */
  write(sector: number, count: number, startNs: number): number;
  /** Time to accept a write into the volatile cache. */
  cachedWrite(sector: number, count: number, startNs: number): number;
  /** Time of a flush that writes back `dirty` (sorted by sector) to the media. */
  flush(dirty: Extent[], startNs: number): number;
}

export class RamTiming implements DiskTiming {
  readonly name = 'ram';
  read(): number { return 0; }
  write(): number { return 0; }
  cachedWrite(): number { return 0; }
  flush(): number { return 0; }
}

const xfer = (bytes: number, bw: number) => Math.round((bytes * 1e9) / bw);

export class SsdTiming implements DiskTiming {
  readonly name = 'ssd';
  constructor(readonly p: SsdParams = SSD_DEFAULTS) {}
  read(_s: number, count: number): number {
    return this.p.readLatencyNs + xfer(count * SECTOR, this.p.mediaBandwidth);
  }
  write(_s: number, count: number): number {
    return this.p.writeLatencyNs + xfer(count * SECTOR, this.p.mediaBandwidth);
  }
  cachedWrite(_s: number, count: number): number {
    return this.p.cachedWriteLatencyNs + xfer(count * SECTOR, this.p.interfaceBandwidth);
  }
  flush(dirty: Extent[]): number {
    let t = this.p.flushLatencyNs;
    if (dirty.length > 0) {
      let bytes = 0;
      for (const e of dirty) bytes += e.count * SECTOR;
      t += this.p.writeLatencyNs + xfer(bytes, this.p.mediaBandwidth);
    }
    return t;
  }
}

export class HddTiming implements DiskTiming {
  readonly name = 'hdd';
  /** Track under the head. */
  headTrack = 0;
  readonly rotationNs: number;
  constructor(readonly capacitySectors: number, readonly p: HddParams = HDD_DEFAULTS) {
    this.rotationNs = 60e9 / p.rpm;
  }

  get tracks(): number {
    return Math.max(1, Math.ceil(this.capacitySectors / this.p.sectorsPerTrack));
  }

  /** Seek time between tracks: track-to-track plus a square-root law up to a full stroke over the image. */
  seekNs(from: number, to: number): number {
    const d = Math.abs(to - from);
    if (d === 0) return 0;
    const frac = Math.min(1, d / this.tracks);
    return Math.round(this.p.trackToTrackSeekNs + (this.p.fullStrokeSeekNs - this.p.trackToTrackSeekNs) * Math.sqrt(frac));
  }

  /** Wait until `sector` passes under the head, from time `t` (the platter turns from angle 0 at time 0). */
  rotationalWaitNs(sector: number, t: number): number {
    const spt = this.p.sectorsPerTrack;
    const target = (sector % spt) / spt;
    const angle = (t % this.rotationNs) / this.rotationNs;
    let frac = target - angle;
    if (frac < 0) frac += 1;
    return Math.round(frac * this.rotationNs);
  }

  /** Mechanical access: seek, rotate, transfer; returns the time taken and moves the head. */
  private media(sector: number, count: number, t0: number): number {
    const track = Math.floor(sector / this.p.sectorsPerTrack);
    let t = t0 + this.seekNs(this.headTrack, track);
    t += this.rotationalWaitNs(sector, t);
    t += Math.round((count / this.p.sectorsPerTrack) * this.rotationNs);
    this.headTrack = Math.floor((sector + Math.max(count, 1) - 1) / this.p.sectorsPerTrack);
    return t - t0;
  }

  read(sector: number, count: number, startNs: number): number {
    const o = this.p.controllerOverheadNs;
    return o + this.media(sector, count, startNs + o);
  }
  write(sector: number, count: number, startNs: number): number {
    return this.read(sector, count, startNs);
  }
  cachedWrite(_s: number, count: number): number {
    return this.p.controllerOverheadNs + xfer(count * SECTOR, this.p.interfaceBandwidth);
  }
  flush(dirty: Extent[], startNs: number): number {
    let t = startNs + this.p.controllerOverheadNs;
    for (const e of dirty) t += this.media(e.sector, e.count, t);
    return t - startNs;
  }
}

export function makeTiming(name: DiskModelName, capacitySectors: number): DiskTiming {
  switch (name) {
    case 'ram': return new RamTiming();
    case 'ssd': return new SsdTiming();
    case 'hdd': return new HddTiming(capacitySectors);
  }
}
