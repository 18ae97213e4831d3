// Seeded pseudo-random numbers for the fuzz campaign (sfc32: small, fast, good enough for test generation).
// Every program is derived from (campaign seed, program index), so any program can be re-run on its own.

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(seed: number, stream = 0) {
    this.a = seed >>> 0;
    this.b = (stream * 0x9e3779b9) >>> 0;
    this.c = 0x243f6a88 ^ (seed / 2 ** 32 >>> 0);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.u32();
  }
  /** Uniform 32-bit unsigned integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }
  /** Uniform in [0, 1). */
  float(): number {
    return this.u32() / 4294967296;
  }
  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }
  /** Uniform integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  /** Index chosen with the given weights. */
  weighted(ws: readonly number[]): number {
    let total = 0;
    for (const w of ws) total += w;
    let x = this.float() * total;
    for (let i = 0; i < ws.length; i++) {
      x -= ws[i];
      if (x < 0) return i;
    }
    return ws.length - 1;
  }
  /** Uniform 64-bit word. */
  u64(): bigint {
    return (BigInt(this.u32()) << 32n) | BigInt(this.u32());
  }
}

/** A 32-bit seed for item `index` of the campaign seeded with `seed`. */
export function deriveSeed(seed: number, index: number, salt = 0): number {
  let h = (seed ^ 0x85ebca6b) >>> 0;
  for (const v of [index & 0xffffffff, Math.floor(index / 2 ** 32), salt]) {
    h = Math.imul(h ^ v, 0xcc9e2d51) >>> 0;
    h = ((h << 13) | (h >>> 19)) >>> 0;
    h = (Math.imul(h, 5) + 0xe6546b64) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/** FNV-1a over 32-bit values: a digest of everything a run did, for determinism checks. */
export class Digest {
  h = 0x811c9dc5;
  add(v: number): void {
    let h = this.h;
    for (let i = 0; i < 4; i++) {
      h ^= (v >>> (i * 8)) & 0xff;
      h = Math.imul(h, 0x01000193);
    }
    this.h = h >>> 0;
  }
  hex(): string {
    return (this.h >>> 0).toString(16).padStart(8, '0');
  }
}
