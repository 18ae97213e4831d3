// What a debugger attached to a hart can ask of it: stop before executing an instruction at a breakpoint, stop
// before a load or store touches watched memory, stop when a trap other than ecall is taken. Installed with
// attach(); a hart without one (hart.debug === null) never looks at any of this outside its slow paths.
import type { Hart } from './cpu.js';
import { PAGE_SIZE, RAM_BASE } from './memory.js';

export const enum WatchKind { Write = 2, Read = 3, Access = 4 }

export interface PhysWatch {
  /** Physical range [pa, pa + len) (may cross frames). */
  pa: number;
  len: number;
  kind: WatchKind;
  /** Opaque tag of the owner (the debugger's watchpoint). */
  tag: number;
}

export class HartDebug {
  /** Breakpoint slots: RAM frame index * PAGE_SIZE + byte offset of the instruction. */
  readonly breaks = new Set<number>();
  /** Per RAM frame: number of watchpoints touching it (shared with the MMU, which keeps those out of its TLBs). */
  readonly watchFrames: Uint8Array;
  private readonly watches: PhysWatch[] = [];
  /** Let the next instruction through breakpoints and watchpoints (the debugger runs it alone). */
  pass = false;
  /** Stop when the hart takes a trap other than ecall (the thread faults). */
  stopOnFault = true;
  /** Cause of the trap that stopped the hart (-1: none since the last clear). */
  faultCause = -1;
  /** The watch the last stopped access hit, and the physical address it touched. */
  hit: PhysWatch | null = null;
  hitAddr = 0;
  hitWrite = false;

  constructor(private readonly hart: Hart) {
    this.watchFrames = new Uint8Array(hart.mem.ramSize / PAGE_SIZE);
  }

  /** Install on the hart (from now on every decode miss, slow access and trap consults it). */
  attach(): void {
    this.hart.debug = this;
    this.hart.mmu.noFill = this.watchFrames;
    this.hart.mmu.flush();
  }

  detach(): void {
    for (const k of [...this.breaks]) this.removeBreak(k);
    for (const w of [...this.watches]) this.removeWatch(w);
    this.hart.debug = null;
    this.hart.mmu.noFill = null;
    this.hart.debugStop = false;
    this.hart.mmu.flush();
  }

  addBreak(frame: number, off: number): void {
    this.breaks.add(frame * PAGE_SIZE + off);
    this.hart.forgetDecoded(frame, off, 2);
  }

  removeBreak(key: number): void {
    this.breaks.delete(key);
    this.hart.forgetDecoded(Math.floor(key / PAGE_SIZE), key % PAGE_SIZE, 2);
  }

  hasBreak(frame: number, off: number): boolean {
    return this.breaks.has(frame * PAGE_SIZE + off);
  }

  addWatch(w: PhysWatch): void {
    this.watches.push(w);
    this.forFrames(w, (f) => { this.watchFrames[f]++; });
    this.hart.mmu.flush();
  }

  removeWatch(w: PhysWatch): void {
    const i = this.watches.indexOf(w);
    if (i < 0) return;
    this.watches.splice(i, 1);
    this.forFrames(w, (f) => { this.watchFrames[f]--; });
  }

  get watchCount(): number {
    return this.watches.length;
  }

  /** Called by the hart for a RAM access in a watched frame; true = stop before it (records the hit). */
  watchHit(pa: number, size: number, write: boolean): boolean {
    for (const w of this.watches) {
      if (pa + size <= w.pa || pa >= w.pa + w.len) continue;
      if (w.kind === WatchKind.Write && !write) continue;
      if (w.kind === WatchKind.Read && write) continue;
      this.hit = w;
      this.hitAddr = pa;
      this.hitWrite = write;
      return true;
    }
    return false;
  }

  private forFrames(w: PhysWatch, f: (frame: number) => void): void {
    const first = Math.floor((w.pa - RAM_BASE) / PAGE_SIZE);
    const last = Math.floor((w.pa + w.len - 1 - RAM_BASE) / PAGE_SIZE);
    for (let i = first; i <= last; i++) if (i >= 0 && i < this.watchFrames.length) f(i);
  }
}
