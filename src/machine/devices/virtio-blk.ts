// virtio-blk behind a virtio-mmio transport (virtio 1.x "modern" register layout, Version = 2), in the first of
// QEMU virt's eight transport slots (0x10001000, PLIC source 1); the other slots answer DeviceID 0 (no device),
// as QEMU's empty transports do.
//
// One split virtqueue (queue 0, up to 256 entries). Requests are served one at a time in ring order, each taking
// the time the timing model (disk-model.ts) gives; data moves by DMA when a request starts (writes: the buffer is
// read) and when it completes (reads: the buffer is written), then the used ring is updated and the interrupt
// raised. A write is durable (in the backing image) only when the device completes it; with the volatile write
// cache enabled (and VIRTIO_BLK_F_FLUSH negotiated) completed writes stay in the cache until a flush completes.
// When power is lost, queued and in-service requests and the cache contents are lost and reported.
import type { MmioDevice } from '../memory.js';
import type { DeviceContext } from './context.js';
import { DiskTiming, Extent, SECTOR, DiskModelName, makeTiming } from './disk-model.js';

export const VIRTIO_BASE = 0x10001000;
export const VIRTIO_STRIDE = 0x1000;
export const VIRTIO_SLOTS = 8;
export const VIRTIO_IRQ = 1;

const MAGIC = 0x74726976;
const VENDOR_QEMU = 0x554d4551;
const DEVICE_ID_BLOCK = 2;
export const QUEUE_NUM_MAX = 256;

// Feature bits.
const F_SEG_MAX = 2, F_BLK_SIZE = 6, F_FLUSH = 9, F_VERSION_1 = 32;
const DEVICE_FEATURES = (1n << BigInt(F_SEG_MAX)) | (1n << BigInt(F_BLK_SIZE)) | (1n << BigInt(F_FLUSH)) | (1n << BigInt(F_VERSION_1));

// Status bits.
const S_ACKNOWLEDGE = 1, S_DRIVER = 2, S_DRIVER_OK = 4, S_FEATURES_OK = 8, S_NEEDS_RESET = 0x40, S_FAILED = 0x80;

// Request types and status values.
export const T_IN = 0, T_OUT = 1, T_FLUSH = 4, T_GET_ID = 8;
export const ST_OK = 0, ST_IOERR = 1, ST_UNSUPP = 2;

const DESC_F_NEXT = 1, DESC_F_WRITE = 2, DESC_F_INDIRECT = 4;
const AVAIL_F_NO_INTERRUPT = 1;

/** Where the disk's durable contents live. */
export interface BlockBackend {
  readonly size: number;
  read(offset: number, length: number): Uint8Array;
  /** Make `data` durable at `offset`. */
  write(offset: number, data: Uint8Array): void;
  close(): void;
}

export class MemoryBackend implements BlockBackend {
  constructor(readonly data: Uint8Array) {}
  get size(): number { return this.data.length; }
  read(offset: number, length: number): Uint8Array { return this.data.slice(offset, offset + length); }
  write(offset: number, data: Uint8Array): void { this.data.set(data, offset); }
  close(): void {}
}

export interface DiskRequestRecord {
  type: number;
  sector: number;
  /** Sectors moved (0 for flush / get-id). */
  count: number;
  /** Cycles: when the driver notified, when service started, when the device completed it (-1 if not yet). */
  submitted: number;
  started: number;
  completed: number;
  status: number;
}

interface Pending {
  head: number;
  rec: DiskRequestRecord;
  /** Device-writable segments [paddr, len]. */
  wsegs: [number, number][];
  /** Snapshot of the data to write (OUT), taken when service starts. */
  data: Uint8Array | null;
  /** Bytes the device writes into the driver's buffers (used.len). */
  written: number;
  /** Device generation when the request was taken (a reset abandons older requests). */
  gen: number;
}

export interface LostReport {
  /** Requests queued or in service when power went. */
  inFlight: DiskRequestRecord[];
  /** Completed writes still in the volatile cache. */
  cached: Extent[];
}

const TYPE_NAMES: Record<number, string> = { [T_IN]: 'read', [T_OUT]: 'write', [T_FLUSH]: 'flush', [T_GET_ID]: 'get-id' };
export function requestTypeName(t: number): string {
  return TYPE_NAMES[t] ?? `type ${t}`;
}

/** An empty virtio-mmio transport (DeviceID 0). */
export class VirtioMmioEmpty implements MmioDevice {
  readonly name: string;
  readonly size = VIRTIO_STRIDE;
  constructor(readonly base: number) {
    this.name = `virtio-mmio@${base.toString(16)}`;
  }
  read(offset: number, width: number): number {
    if (width !== 4) return 0;
    if (offset === 0) return MAGIC;
    if (offset === 4) return 2;
    if (offset === 0xc) return VENDOR_QEMU;
    return 0;
  }
  write(): void {}
}

export interface VirtioBlkOptions {
  model: DiskModelName;
  writeCache: boolean;
  /** GET_ID string (up to 20 bytes). */
  serial?: string;
}

export class VirtioBlk implements MmioDevice {
  readonly name = 'virtio-blk';
  readonly base = VIRTIO_BASE;
  readonly size = VIRTIO_STRIDE;
  readonly irq = VIRTIO_IRQ;
  readonly capacity: number;
  readonly timing: DiskTiming;
  // Transport state.
  private status = 0;
  private devFeatSel = 0;
  private drvFeatSel = 0;
  private drvFeatures = 0n;
  private queueSel = 0;
  private queueNum = QUEUE_NUM_MAX;
  private queueReady = 0;
  private descAddr = 0;
  private availAddr = 0;
  private usedAddr = 0;
  private lastAvail = 0;
  private usedIdx = 0;
  private isr = 0;
  private readonly config: Uint8Array;
  // Request processing.
  private readonly queue: Pending[] = [];
  private current: Pending | null = null;
  /** Volatile cache: sector -> 512-byte block, insertion-ordered. */
  private readonly cache = new Map<number, Uint8Array>();
  /** Every request seen, in order (for tests and the run report). */
  readonly log: DiskRequestRecord[] = [];
  /** No longer powered: accesses are ignored. */
  dead = false;
  private gen = 0;

  constructor(private readonly ctx: DeviceContext, readonly backend: BlockBackend, readonly opts: VirtioBlkOptions) {
    this.capacity = Math.floor(backend.size / SECTOR);
    this.timing = makeTiming(opts.model, this.capacity);
    this.config = new Uint8Array(0x40);
    const dv = new DataView(this.config.buffer);
    dv.setBigUint64(0, BigInt(this.capacity), true); // capacity
    dv.setUint32(8, 0, true); // size_max
    dv.setUint32(12, 254, true); // seg_max
    dv.setUint32(20, SECTOR, true); // blk_size
  }

  /** Write cache in effect: enabled by the option and VIRTIO_BLK_F_FLUSH negotiated (else write-through). */
  get writeBack(): boolean {
    return this.opts.writeCache && (this.drvFeatures & (1n << BigInt(F_FLUSH))) !== 0n;
  }

  get cachedSectors(): number {
    return this.cache.size;
  }

  private reset(): void {
    this.status = 0;
    this.devFeatSel = this.drvFeatSel = 0;
    this.drvFeatures = 0n;
    this.queueSel = 0;
    this.queueNum = QUEUE_NUM_MAX;
    this.queueReady = 0;
    this.descAddr = this.availAddr = this.usedAddr = 0;
    this.lastAvail = this.usedIdx = 0;
    this.isr = 0;
    // Requests already handed to the device are abandoned (an in-service write still reaches the media).
    this.gen++;
    this.queue.length = 0;
    if (this.current !== null && this.current.rec.type !== T_OUT) this.current = null;
    this.ctx.plic.setIrq(this.irq, false);
  }

  read(offset: number, width: number): number {
    if (this.dead) return 0;
    if (offset >= 0x100) {
      const o = offset - 0x100;
      let v = 0;
      for (let k = 0; k < Math.min(width, 4); k++) v |= (o + k < this.config.length ? this.config[o + k] : 0) << (8 * k);
      if (width === 8) {
        let hi = 0;
        for (let k = 4; k < 8; k++) hi |= (o + k < this.config.length ? this.config[o + k] : 0) << (8 * (k - 4));
        this.mmioHi = hi;
      }
      return v;
    }
    if (width !== 4) return 0;
    switch (offset) {
      case 0x000: return MAGIC;
      case 0x004: return 2;
      case 0x008: return DEVICE_ID_BLOCK;
      case 0x00c: return VENDOR_QEMU;
      case 0x010:
        return this.devFeatSel > 1 ? 0 : Number((DEVICE_FEATURES >> BigInt(32 * this.devFeatSel)) & 0xffffffffn) | 0;
      case 0x034: return this.queueSel === 0 ? QUEUE_NUM_MAX : 0;
      case 0x038: return this.queueSel === 0 ? this.queueNum : 0;
      case 0x044: return this.queueSel === 0 ? this.queueReady : 0;
      case 0x060: return this.isr;
      case 0x070: return this.status;
      case 0x080: return this.descAddr % 2 ** 32 | 0;
      case 0x084: return Math.floor(this.descAddr / 2 ** 32);
      case 0x090: return this.availAddr % 2 ** 32 | 0;
      case 0x094: return Math.floor(this.availAddr / 2 ** 32);
      case 0x0a0: return this.usedAddr % 2 ** 32 | 0;
      case 0x0a4: return Math.floor(this.usedAddr / 2 ** 32);
      case 0x0fc: return 0; // ConfigGeneration
      default: return 0;
    }
  }

  mmioHi = 0;

  write(offset: number, width: number, lo: number, _hi: number): void {
    if (this.dead || width !== 4 || offset >= 0x100) return;
    const v = lo >>> 0;
    const setLo = (a: number) => Math.floor(a / 2 ** 32) * 2 ** 32 + v;
    const setHi = (a: number) => (v & 0xff) * 2 ** 32 + (a % 2 ** 32); // physical addresses below 2^40
    switch (offset) {
      case 0x014: this.devFeatSel = v; break;
      case 0x020:
        if (this.drvFeatSel <= 1) {
          const sh = BigInt(32 * this.drvFeatSel);
          this.drvFeatures = (this.drvFeatures & ~(0xffffffffn << sh)) | (BigInt(v) << sh);
        }
        break;
      case 0x024: this.drvFeatSel = v; break;
      case 0x030: this.queueSel = v; break;
      case 0x038: if (this.queueSel === 0 && v >= 1 && v <= QUEUE_NUM_MAX) this.queueNum = v; break;
      case 0x044: if (this.queueSel === 0) this.queueReady = v & 1; break;
      case 0x050: if (v === 0) this.notify(); break;
      case 0x064:
        this.isr &= ~v;
        this.ctx.plic.setIrq(this.irq, this.isr !== 0);
        break;
      case 0x070:
        if (v === 0) {
          this.reset();
          break;
        }
        if ((v & S_FEATURES_OK) !== 0 && (this.status & S_FEATURES_OK) === 0) {
          // Accept the features only if they are a subset of ours and include VERSION_1.
          const ok = (this.drvFeatures & ~DEVICE_FEATURES) === 0n && (this.drvFeatures & (1n << BigInt(F_VERSION_1))) !== 0n;
          this.status = ok ? v : v & ~S_FEATURES_OK;
        } else {
          this.status = v | (this.status & S_NEEDS_RESET);
        }
        break;
      case 0x080: if (this.queueSel === 0) this.descAddr = setLo(this.descAddr); break;
      case 0x084: if (this.queueSel === 0) this.descAddr = setHi(this.descAddr); break;
      case 0x090: if (this.queueSel === 0) this.availAddr = setLo(this.availAddr); break;
      case 0x094: if (this.queueSel === 0) this.availAddr = setHi(this.availAddr); break;
      case 0x0a0: if (this.queueSel === 0) this.usedAddr = setLo(this.usedAddr); break;
      case 0x0a4: if (this.queueSel === 0) this.usedAddr = setHi(this.usedAddr); break;
      default: break;
    }
  }

  // ---- guest memory (DMA): RAM only; anything else makes the request fail ----

  private ramOk(pa: number, len: number): boolean {
    return this.ctx.mem.isRam(pa, Math.max(len, 1));
  }

  private rd16(pa: number): number {
    return this.ramOk(pa, 2) ? this.ctx.mem.read8(pa) | (this.ctx.mem.read8(pa + 1) << 8) : 0;
  }

  private wr16(pa: number, v: number): void {
    if (!this.ramOk(pa, 2)) return;
    this.ctx.mem.write8(pa, v & 0xff);
    this.ctx.mem.write8(pa + 1, (v >>> 8) & 0xff);
  }

  private needsReset(): void {
    this.status |= S_NEEDS_RESET;
  }

  /** QueueNotify: take every new available chain, in ring order. */
  private notify(): void {
    if ((this.status & S_DRIVER_OK) === 0 || this.queueReady === 0 || (this.status & S_FAILED) !== 0) return;
    const num = this.queueNum;
    const availIdx = this.rd16(this.availAddr + 2);
    let guard = 0;
    while (this.lastAvail !== availIdx && guard++ < 65536) {
      const head = this.rd16(this.availAddr + 4 + 2 * (this.lastAvail % num));
      this.lastAvail = (this.lastAvail + 1) & 0xffff;
      const p = this.parse(head % num);
      if (p === null) {
        this.needsReset();
        return;
      }
      this.queue.push(p);
      this.log.push(p.rec);
    }
    this.startNext();
  }

  /** Gather a descriptor chain into a request; null if the chain is malformed. */
  private parse(head: number): Pending | null {
    const mem = this.ctx.mem;
    const rsegs: [number, number][] = [];
    const wsegs: [number, number][] = [];
    let i = head;
    for (let n = 0; ; n++) {
      if (n >= this.queueNum) return null; // loop
      const d = this.descAddr + 16 * i;
      if (!this.ramOk(d, 16)) return null;
      const addr = Number(mem.read64(d));
      const len = mem.read32(d + 8);
      const flags = this.rd16(d + 12);
      const next = this.rd16(d + 14);
      if ((flags & DESC_F_INDIRECT) !== 0) return null; // not offered
      if ((flags & DESC_F_WRITE) !== 0) wsegs.push([addr, len]);
      else {
        if (wsegs.length > 0) return null; // readable after writable
        rsegs.push([addr, len]);
      }
      if ((flags & DESC_F_NEXT) === 0) break;
      i = next % this.queueNum;
    }
    const now = this.ctx.now();
    const rec: DiskRequestRecord = { type: -1, sector: 0, count: 0, submitted: now, started: -1, completed: -1, status: ST_OK };
    const p: Pending = { head, rec, wsegs, data: null, written: 0, gen: this.gen };
    const rlen = rsegs.reduce((a, s) => a + s[1], 0);
    const wlen = wsegs.reduce((a, s) => a + s[1], 0);
    const readable = this.gather(rsegs);
    if (readable === null || rlen < 16 || wlen < 1) {
      rec.status = ST_IOERR;
      return p;
    }
    const dv = new DataView(readable.buffer, readable.byteOffset, readable.byteLength);
    rec.type = dv.getUint32(0, true);
    const sector = dv.getBigUint64(8, true);
    rec.sector = sector > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(sector);
    let bytes = 0;
    if (rec.type === T_OUT) bytes = rlen - 16;
    else if (rec.type === T_IN) bytes = wlen - 1;
    if (rec.type === T_IN || rec.type === T_OUT) {
      rec.count = Math.floor(bytes / SECTOR);
      if (bytes % SECTOR !== 0 || rec.sector + rec.count > this.capacity) rec.status = ST_IOERR;
      if (rec.type === T_OUT && rec.status === ST_OK) p.data = readable.slice(16);
    } else if (rec.type !== T_FLUSH && rec.type !== T_GET_ID) {
      rec.status = ST_UNSUPP;
    }
    return p;
  }

  private gather(segs: [number, number][]): Uint8Array | null {
    const total = segs.reduce((a, s) => a + s[1], 0);
    if (total > 64 * 1024 * 1024) return null;
    const out = new Uint8Array(total);
    let o = 0;
    for (const [a, l] of segs) {
      if (!this.ramOk(a, l)) return null;
      out.set(this.ctx.mem.readBytes(a, l), o);
      o += l;
    }
    return out;
  }

  private scatter(segs: [number, number][], data: Uint8Array): boolean {
    let o = 0;
    for (const [a, l] of segs) {
      if (o >= data.length) break;
      const n = Math.min(l, data.length - o);
      if (!this.ramOk(a, n)) return false;
      this.ctx.mem.writeBytes(a, data.subarray(o, o + n));
      o += n;
    }
    return true;
  }

  private nowNs(): number {
    return (this.ctx.now() * 1e9) / this.ctx.cpuHz;
  }

  private dirtyExtents(): Extent[] {
    const secs = [...this.cache.keys()].sort((a, b) => a - b);
    const out: Extent[] = [];
    for (const s of secs) {
      const last = out[out.length - 1];
      if (last !== undefined && last.sector + last.count === s) last.count++;
      else out.push({ sector: s, count: 1 });
    }
    return out;
  }

  private startNext(): void {
    if (this.current !== null || this.queue.length === 0) return;
    const p = this.queue.shift()!;
    this.current = p;
    const rec = p.rec;
    const now = this.ctx.now();
    rec.started = now;
    let ns = 0;
    if (rec.status === ST_OK) {
      const t = this.nowNs();
      switch (rec.type) {
        case T_IN: ns = this.timing.read(rec.sector, rec.count, t); break;
        case T_OUT: ns = this.writeBack ? this.timing.cachedWrite(rec.sector, rec.count, t) : this.timing.write(rec.sector, rec.count, t); break;
        case T_FLUSH: ns = this.timing.flush(this.writeBack ? this.dirtyExtents() : [], t); break;
        default: ns = 0; break;
      }
    }
    const done = now + Math.ceil((ns * this.ctx.cpuHz) / 1e9);
    if (done <= now) this.complete(p);
    else this.ctx.events.schedule(done, () => this.complete(p));
  }

  /** The device finishes a request: its effects become visible (and durable, if not cached), then the used ring. */
  private complete(p: Pending): void {
    if (this.dead) return;
    const rec = p.rec;
    if (p.gen !== this.gen) {
      // Reset while in service: the media write still happens, nothing is reported to the driver.
      if (rec.status === ST_OK && rec.type === T_OUT) this.writeSectors(rec.sector, p.data!);
      rec.completed = this.ctx.now();
      if (this.current === p) this.current = null;
      this.startNext();
      return;
    }
    if (rec.status === ST_OK) {
      switch (rec.type) {
        case T_IN: {
          const data = this.readSectors(rec.sector, rec.count);
          if (!this.scatter(p.wsegs, data)) rec.status = ST_IOERR;
          else p.written = data.length;
          break;
        }
        case T_OUT:
          this.writeSectors(rec.sector, p.data!);
          break;
        case T_FLUSH:
          this.destage();
          break;
        case T_GET_ID: {
          const id = new TextEncoder().encode((this.opts.serial ?? 'sel4ts-disk0').slice(0, 20));
          const wlen = p.wsegs.reduce((a, s) => a + s[1], 0) - 1;
          const buf = new Uint8Array(Math.min(20, wlen));
          buf.set(id.subarray(0, buf.length));
          if (!this.scatter(p.wsegs, buf)) rec.status = ST_IOERR;
          else p.written = buf.length;
          break;
        }
      }
    }
    rec.completed = this.ctx.now();
    // Status byte: the last byte of the device-writable area.
    const wlen = p.wsegs.reduce((a, s) => a + s[1], 0);
    let off = wlen - 1;
    for (const [a, l] of p.wsegs) {
      if (off < l) {
        if (this.ramOk(a + off, 1)) this.ctx.mem.write8(a + off, rec.status);
        break;
      }
      off -= l;
    }
    // Used ring.
    const num = this.queueNum;
    const slot = this.usedAddr + 4 + 8 * (this.usedIdx % num);
    if (this.ramOk(slot, 8)) {
      this.ctx.mem.write32(slot, p.head);
      this.ctx.mem.write32(slot + 4, p.written + 1);
    }
    this.usedIdx = (this.usedIdx + 1) & 0xffff;
    this.wr16(this.usedAddr + 2, this.usedIdx);
    this.current = null;
    if ((this.rd16(this.availAddr) & AVAIL_F_NO_INTERRUPT) === 0) {
      this.isr |= 1;
      this.ctx.plic.setIrq(this.irq, true);
    }
    this.startNext();
  }

  private readSectors(sector: number, count: number): Uint8Array {
    const out = this.backend.read(sector * SECTOR, count * SECTOR);
    for (let k = 0; k < count; k++) {
      const c = this.cache.get(sector + k);
      if (c !== undefined) out.set(c, k * SECTOR);
    }
    return out;
  }

  private writeSectors(sector: number, data: Uint8Array): void {
    if (this.writeBack) {
      for (let k = 0; k * SECTOR < data.length; k++) {
        this.cache.delete(sector + k); // keep insertion order = last write
        this.cache.set(sector + k, data.slice(k * SECTOR, (k + 1) * SECTOR));
      }
    } else {
      this.backend.write(sector * SECTOR, data);
    }
  }

  /** Write the whole volatile cache to the media (a completed flush). */
  destage(): void {
    for (const e of this.dirtyExtents()) {
      const buf = new Uint8Array(e.count * SECTOR);
      for (let k = 0; k < e.count; k++) buf.set(this.cache.get(e.sector + k)!, k * SECTOR);
      this.backend.write(e.sector * SECTOR, buf);
    }
    this.cache.clear();
  }

  /** Power is gone: nothing more completes; report what was lost. */
  powerLost(): LostReport {
    const inFlight: DiskRequestRecord[] = [];
    if (this.current !== null) inFlight.push(this.current.rec);
    for (const p of this.queue) inFlight.push(p.rec);
    const cached = this.dirtyExtents();
    this.cache.clear();
    this.queue.length = 0;
    this.current = null;
    this.dead = true;
    this.backend.close();
    return { inFlight, cached };
  }

  /** Orderly end of the run (power stays on until the cache is written back). Returns the sectors destaged. */
  shutdown(): number {
    if (this.dead) return 0;
    const n = this.cache.size;
    this.destage();
    this.dead = true;
    this.backend.close();
    return n;
  }
}
