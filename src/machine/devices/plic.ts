// SiFive PLIC as QEMU's `virt` board configures it (hw/intc/sifive_plic.c, "MS" contexts for hart 0):
// 96 sources (1..95 usable, 0 means "none"), priorities 0..7, per-context enable bits and threshold,
// claim/complete. Context 0 is hart 0's M mode, context 1 its S mode (the one seL4 uses; its output is SEIP).
//
// Gateway semantics are QEMU's: a device's line level is sampled whenever the device updates it — raising
// sets the pending bit, lowering clears it — so a line that stays high is pending once until claimed; a
// device that re-asserts (calls setIrq(1) again) makes it pending again. Claim clears pending and marks the
// source claimed (not claimable again) until completed. seL4 on qemu-riscv-virt completes the claim at once
// in getActiveIRQ (see riscv hardware.c), so a claimed source is never left outstanding by the kernel.
import type { MmioDevice } from '../memory.js';

export const PLIC_BASE = 0xc000000;
export const PLIC_SIZE = 0x600000;
export const PLIC_NUM_SOURCES = 96;
export const PLIC_NUM_PRIORITIES = 7;
export const PLIC_NUM_CONTEXTS = 2;

const PRIORITY_BASE = 0x0;
const PENDING_BASE = 0x1000;
const ENABLE_BASE = 0x2000;
const ENABLE_STRIDE = 0x80;
const CONTEXT_BASE = 0x200000;
const CONTEXT_STRIDE = 0x1000;
const WORDS = PLIC_NUM_SOURCES / 32;

export class Plic implements MmioDevice {
  readonly name = 'plic';
  readonly base = PLIC_BASE;
  readonly size = PLIC_SIZE;
  readonly priority = new Uint32Array(PLIC_NUM_SOURCES);
  readonly pending = new Uint32Array(WORDS);
  readonly claimed = new Uint32Array(WORDS);
  readonly enable = new Uint32Array(WORDS * PLIC_NUM_CONTEXTS);
  readonly threshold = new Uint32Array(PLIC_NUM_CONTEXTS);
  /** Current level of each source's input line (for inspection; pending follows QEMU's sampling rule). */
  readonly level = new Uint8Array(PLIC_NUM_SOURCES);
  /** Number of successful claims (statistics). */
  claims = 0;
  /** Called whenever the S-mode output (SEIP) may have changed. */
  onUpdate: () => void = () => {};
  /** Output of context 1 (hart 0 S mode, SEIP), recomputed on every state change. */
  seip = false;

  private update(): void {
    this.seip = this.best(1) !== 0;
    this.onUpdate();
  }

  /** A device sets its interrupt line (qemu_set_irq). */
  setIrq(source: number, level: boolean): void {
    if (source <= 0 || source >= PLIC_NUM_SOURCES) return;
    this.level[source] = level ? 1 : 0;
    const w = source >>> 5, bit = 1 << (source & 31);
    if (level) this.pending[w] |= bit;
    else this.pending[w] &= ~bit;
    this.update();
  }

  isPending(source: number): boolean {
    return ((this.pending[source >>> 5] >>> (source & 31)) & 1) !== 0;
  }

  isEnabled(context: number, source: number): boolean {
    return ((this.enable[context * WORDS + (source >>> 5)] >>> (source & 31)) & 1) !== 0;
  }

  /** Highest-priority pending, enabled, unclaimed source above the context's threshold (lowest id wins ties), or 0. */
  best(context: number): number {
    let best = 0, bestPrio = this.threshold[context];
    for (let w = 0; w < WORDS; w++) {
      let bits = this.pending[w] & ~this.claimed[w] & this.enable[context * WORDS + w];
      while (bits !== 0) {
        const b = 31 - Math.clz32(bits & -bits);
        bits &= bits - 1;
        const src = w * 32 + b;
        if (src === 0) continue;
        const p = this.priority[src];
        if (p > bestPrio) {
          best = src;
          bestPrio = p;
        }
      }
    }
    return best;
  }

  /** External interrupt line of a context (context 1 = SEIP of hart 0). */
  interruptPending(context = 1): boolean {
    return context === 1 ? this.seip : this.best(context) !== 0;
  }

  claim(context: number): number {
    const src = this.best(context);
    if (src !== 0) {
      this.pending[src >>> 5] &= ~(1 << (src & 31));
      this.claimed[src >>> 5] |= 1 << (src & 31);
      this.claims++;
      this.update();
    }
    return src;
  }

  complete(context: number, source: number): void {
    if (source <= 0 || source >= PLIC_NUM_SOURCES) return;
    if (!this.isEnabled(context, source)) return;
    this.claimed[source >>> 5] &= ~(1 << (source & 31));
    this.update();
  }

  read(offset: number, width: number): number {
    if (width !== 4 || (offset & 3) !== 0) return 0;
    if (offset >= PRIORITY_BASE && offset < PRIORITY_BASE + 4 * PLIC_NUM_SOURCES) return this.priority[offset >>> 2];
    if (offset >= PENDING_BASE && offset < PENDING_BASE + 4 * WORDS) return this.pending[(offset - PENDING_BASE) >>> 2] | 0;
    if (offset >= ENABLE_BASE && offset < ENABLE_BASE + ENABLE_STRIDE * PLIC_NUM_CONTEXTS) {
      const ctx = Math.floor((offset - ENABLE_BASE) / ENABLE_STRIDE);
      const w = ((offset - ENABLE_BASE) % ENABLE_STRIDE) >>> 2;
      return w < WORDS ? this.enable[ctx * WORDS + w] | 0 : 0;
    }
    if (offset >= CONTEXT_BASE && offset < CONTEXT_BASE + CONTEXT_STRIDE * PLIC_NUM_CONTEXTS) {
      const ctx = Math.floor((offset - CONTEXT_BASE) / CONTEXT_STRIDE);
      const r = (offset - CONTEXT_BASE) % CONTEXT_STRIDE;
      if (r === 0) return this.threshold[ctx];
      if (r === 4) return this.claim(ctx);
    }
    return 0;
  }

  write(offset: number, width: number, lo: number, _hi: number): void {
    if (width !== 4 || (offset & 3) !== 0) return;
    const v = lo >>> 0;
    if (offset >= PRIORITY_BASE && offset < PRIORITY_BASE + 4 * PLIC_NUM_SOURCES) {
      const src = offset >>> 2;
      // num_priorities + 1 is a power of two: each priority register is WARL.
      if (src !== 0) this.priority[src] = v & PLIC_NUM_PRIORITIES;
      this.update();
      return;
    }
    if (offset >= ENABLE_BASE && offset < ENABLE_BASE + ENABLE_STRIDE * PLIC_NUM_CONTEXTS) {
      const ctx = Math.floor((offset - ENABLE_BASE) / ENABLE_STRIDE);
      const w = ((offset - ENABLE_BASE) % ENABLE_STRIDE) >>> 2;
      if (w < WORDS) this.enable[ctx * WORDS + w] = w === 0 ? v & ~1 : v;
      this.update();
      return;
    }
    if (offset >= CONTEXT_BASE && offset < CONTEXT_BASE + CONTEXT_STRIDE * PLIC_NUM_CONTEXTS) {
      const ctx = Math.floor((offset - CONTEXT_BASE) / CONTEXT_STRIDE);
      const r = (offset - CONTEXT_BASE) % CONTEXT_STRIDE;
      if (r === 0) {
        if (v <= PLIC_NUM_PRIORITIES) this.threshold[ctx] = v;
        this.update();
      } else if (r === 4) {
        this.complete(ctx, v);
      }
    }
  }
}
