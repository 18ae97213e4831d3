// The target side of a GDB session on a sel4ts System, independent of the transport (server.ts puts it on TCP).
// Threads are the kernel's TCBs; registers are each TCB's saved user context; memory is read and written through
// the selected thread's VSpace; breakpoints and watchpoints are HartDebug entries (nothing is written into guest
// memory, and virtual time only moves while the system runs, so a debugged run does exactly what an undebugged one
// does). Packet reference: "Debugging with GDB", appendix E (Remote Protocol).
import { System, StopReason, RunResult } from '../system.js';
import { HartDebug, PhysWatch, WatchKind } from '../machine/debughooks.js';
import { Mmu, Access } from '../machine/mmu.js';
import { PAGE_SIZE, RAM_BASE } from '../machine/memory.js';
import type { RegisterFile } from '../machine/cpu.js';
import { Tcb, CapTag, Cap, CNode, THREAD_STATE_NAMES, CAP_NAMES, capTypeNumber } from '../kernel/structures.js';
import { describeFault } from '../kernel/api/faults.js';
import { capDLSnapshot } from '../kernel/debug.js';
import {
  fromHex, toHex, textToHex, parseHexBig, parseHexNum, wordsHex, hexWords, unescapeBinary,
} from './rsp.js';

/** GDB's target-independent signal numbers (include/gdb/signals.def). */
export const SIG = { INT: 2, ILL: 4, TRAP: 5, BUS: 10, SEGV: 11 } as const;

const XNAMES = ['zero', 'ra', 'sp', 'gp', 'tp', 't0', 't1', 't2', 'fp', 's1', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5',
  'a6', 'a7', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11', 't3', 't4', 't5', 't6'];
const FNAMES = ['ft0', 'ft1', 'ft2', 'ft3', 'ft4', 'ft5', 'ft6', 'ft7', 'fs0', 'fs1', 'fa0', 'fa1', 'fa2', 'fa3',
  'fa4', 'fa5', 'fa6', 'fa7', 'fs2', 'fs3', 'fs4', 'fs5', 'fs6', 'fs7', 'fs8', 'fs9', 'fs10', 'fs11', 'ft8', 'ft9',
  'ft10', 'ft11'];

/** Register numbers: x0..x31 = 0..31, pc = 32, f0..f31 = 33..64, then the FP CSRs at 65 + CSR number. */
export const REG_PC = 32, REG_F0 = 33, REG_FFLAGS = 66, REG_FRM = 67, REG_FCSR = 68;

/** The target description: riscv:rv64 with the standard cpu and fpu features (GDB's names and numbering). */
export const TARGET_XML = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE target SYSTEM "gdb-target.dtd">',
  '<target version="1.0">',
  '<architecture>riscv:rv64</architecture>',
  '<feature name="org.gnu.gdb.riscv.cpu">',
  ...XNAMES.map((n, i) => `<reg name="${n}" bitsize="64" type="${i === 1 ? 'code_ptr' : i === 2 || i === 8 ? 'data_ptr' : 'int'}" regnum="${i}"/>`),
  '<reg name="pc" bitsize="64" type="code_ptr" regnum="32"/>',
  '</feature>',
  '<feature name="org.gnu.gdb.riscv.fpu">',
  '<union id="riscv_double"><field name="float" type="ieee_single"/><field name="double" type="ieee_double"/></union>',
  ...FNAMES.map((n, i) => `<reg name="${n}" bitsize="64" type="riscv_double" regnum="${REG_F0 + i}"/>`),
  `<reg name="fflags" bitsize="32" type="int" regnum="${REG_FFLAGS}"/>`,
  `<reg name="frm" bitsize="32" type="int" regnum="${REG_FRM}"/>`,
  `<reg name="fcsr" bitsize="32" type="int" regnum="${REG_FCSR}"/>`,
  '</feature>',
  '</target>',
].join('\n');

/** Registers in 'g' order: number and size in bytes. */
const G_LAYOUT: [number, number][] = [
  ...Array.from({ length: 33 }, (_, i) => [i, 8] as [number, number]),
  ...Array.from({ length: 32 }, (_, i) => [REG_F0 + i, 8] as [number, number]),
  [REG_FFLAGS, 4], [REG_FRM, 4], [REG_FCSR, 4],
];

const TWO32 = 4294967296;
const E_BADARG = 'E01', E_NOTHREAD = 'E02', E_FAULT = 'E0e', E_NOSPACE = 'E1c', E_EXITED = 'E03';

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One GDB breakpoint or watchpoint (Z type 0..4) as inserted. */
interface Point {
  type: number;
  vaddr: number;
  len: number;
  /** Breakpoints: the decode slot (frame * PAGE_SIZE + offset). */
  key: number;
  /** Watchpoints: the physical pieces (one per page touched). */
  watches: PhysWatch[];
}

export interface StubOptions {
  /** Instructions per run slice while continuing (the transport polls for Ctrl-C between slices). */
  slice?: number;
  /** Diagnostics for the user running sel4ts (not for GDB). */
  log?: (line: string) => void;
}

/** What the stub wants the transport to do after a packet. */
export type Action =
  | { kind: 'reply'; data: string }
  /** Start running: call runSlice() until it returns a stop reply. */
  | { kind: 'resume' }
  /** Reply, then end the session with the run result (k). */
  | { kind: 'kill'; data: string | null }
  /** Reply OK, stop debugging and let the run finish (D). */
  | { kind: 'detach' };

export class GdbStub {
  readonly dbg: HartDebug;
  private readonly ids = new Map<Tcb, number>();
  private readonly byId = new Map<number, Tcb>();
  private nextId = 1;
  /** Hg (registers, memory, breakpoints) and Hc thread; null = the stop thread. */
  private gThread: Tcb | null = null;
  private stopThread: Tcb;
  private lastStop: string;
  /** The last stop was at a breakpoint of this thread at this pc: resuming executes that instruction first. */
  private atBreak: { t: Tcb; pc: bigint } | null = null;
  private readonly points: Point[] = [];
  private readonly xmmu: Mmu;
  private readonly slice: number;
  /** Pending resume: step one instruction of this thread (null = continue). */
  private stepping: Tcb | null = null;
  private interruptRequested = false;
  /** Set when the run has ended (W sent). */
  result: RunResult | null = null;
  /** Console text for GDB (O packets) produced while resuming or by a monitor command, sent before the reply. */
  readonly notes: string[] = [];
  private readonly log: (line: string) => void;
  /** Unhandled faults the kernel had reported when we last looked. */
  private unhandledSeen = 0;

  constructor(readonly sys: System, opts: StubOptions = {}) {
    this.dbg = new HartDebug(sys.hart);
    this.dbg.attach();
    this.xmmu = new Mmu(sys.mem);
    this.slice = opts.slice ?? 2_000_000;
    this.log = opts.log ?? (() => {});
    this.unhandledSeen = sys.ks.unhandledFaults.length;
    this.stopThread = sys.ks.curThread;
    this.lastStop = this.tPacket(SIG.TRAP, this.stopThread, '');
  }

  // ---- threads ----

  private threads(): Tcb[] {
    const ks = this.sys.ks;
    const out: Tcb[] = [];
    for (const t of ks.threads) if (t !== ks.idleThread) out.push(t);
    for (const t of out) {
      if (!this.ids.has(t)) { this.ids.set(t, this.nextId); this.byId.set(this.nextId, t); this.nextId++; }
    }
    return out.sort((a, b) => this.ids.get(a)! - this.ids.get(b)!);
  }

  idOf(t: Tcb): number {
    this.threads();
    return this.ids.get(t) ?? 0;
  }

  private alive(t: Tcb): boolean {
    return this.sys.ks.threads.has(t) && t !== this.sys.ks.idleThread;
  }

  /** Thread by GDB id ('0' or '-1': the stop thread); undefined if there is none. */
  private thread(idHex: string): Tcb | undefined {
    if (idHex === '0' || idHex === '-1') return this.alive(this.stopThread) ? this.stopThread : this.threads()[0];
    const id = parseHexNum(idHex);
    if (id === null) return undefined;
    this.threads();
    const t = this.byId.get(id);
    return t !== undefined && this.alive(t) ? t : undefined;
  }

  private threadName(t: Tcb): string {
    return t.name !== '' ? t.name : `tcb_${t.paddr.toString(16)}`;
  }

  private threadInfo(t: Tcb): string {
    const st = THREAD_STATE_NAMES[t.state] ?? `state ${t.state}`;
    return `${st}, priority ${t.priority}${t === this.sys.ks.curThread ? ', current' : ''}`;
  }

  private gt(): Tcb | undefined {
    if (this.gThread !== null && this.alive(this.gThread)) return this.gThread;
    if (this.alive(this.stopThread)) return this.stopThread;
    return this.threads()[0];
  }

  // ---- address spaces ----

  /** Root page table of a thread's VSpace (as setVMRoot would load it), or null. */
  vspaceRoot(t: Tcb): number | null {
    const cap = t.slots[1].cap; // tcb_cnode_index tcbVTable
    return cap.tag === CapTag.PageTable && cap.isMapped ? cap.paddr : null;
  }

  /** Physical RAM address of va in the VSpace with this root (any user permission), or -1. */
  private translate(root: number, va: number): number {
    if (va < 0 || va >= 2 ** 39) return -1;
    const lo = (va % TWO32) | 0, hi = Math.floor(va / TWO32) | 0;
    const m = this.xmmu;
    m.setRoot(root);
    let ok = m.translate(lo, hi, Access.LOAD);
    if (!ok) ok = m.translate(lo, hi, Access.FETCH);
    if (!ok) return -1;
    const pa = m.paddr;
    return this.sys.mem.isRam(pa) ? pa : -1;
  }

  readMemory(t: Tcb, va: number, len: number): Uint8Array {
    const root = this.vspaceRoot(t);
    const out: number[] = [];
    if (root === null) return new Uint8Array(0);
    while (out.length < len) {
      const a = va + out.length;
      const pa = this.translate(root, a);
      if (pa < 0) break;
      const n = Math.min(len - out.length, PAGE_SIZE - (a % PAGE_SIZE));
      out.push(...this.sys.mem.readBytes(pa, n));
    }
    return Uint8Array.from(out);
  }

  /** Write through the thread's VSpace; false if some page is not mapped (nothing written then). */
  writeMemory(t: Tcb, va: number, data: Uint8Array): boolean {
    const root = this.vspaceRoot(t);
    if (root === null) return false;
    const pieces: [number, number, number][] = [];
    for (let k = 0; k < data.length;) {
      const a = va + k;
      const pa = this.translate(root, a);
      if (pa < 0) return false;
      const n = Math.min(data.length - k, PAGE_SIZE - (a % PAGE_SIZE));
      pieces.push([pa, k, n]);
      k += n;
    }
    for (const [pa, k, n] of pieces) this.sys.mem.writeBytes(pa, data.subarray(k, k + n));
    return true;
  }

  // ---- registers ----

  private regHex(r: RegisterFile, n: number): string | null {
    if (n >= 0 && n < 32) return n === 0 ? '0'.repeat(16) : wordsHex(r.xlo[n], r.xhi[n], 8);
    if (n === REG_PC) return wordsHex(r.pcLo, r.pcHi, 8);
    if (n >= REG_F0 && n < REG_F0 + 32) { const i = n - REG_F0; return wordsHex(r.f32[2 * i], r.f32[2 * i + 1], 8); }
    if (n === REG_FFLAGS) return wordsHex(r.fcsr & 0x1f, 0, 4);
    if (n === REG_FRM) return wordsHex((r.fcsr >>> 5) & 7, 0, 4);
    if (n === REG_FCSR) return wordsHex(r.fcsr & 0xff, 0, 4);
    return null;
  }

  private setReg(r: RegisterFile, n: number, hex: string): boolean {
    const size = n >= REG_FFLAGS ? 4 : 8;
    const v = hexWords(hex, size);
    if (v === null) return false;
    const [lo, hi] = v;
    if (n >= 0 && n < 32) { if (n !== 0) { r.xlo[n] = lo; r.xhi[n] = hi; } return true; }
    if (n === REG_PC) { r.pcLo = lo; r.pcHi = hi; return true; }
    if (n >= REG_F0 && n < REG_F0 + 32) { const i = n - REG_F0; r.f32[2 * i] = lo; r.f32[2 * i + 1] = hi; return true; }
    if (n === REG_FFLAGS) { r.fcsr = (r.fcsr & ~0x1f) | (lo & 0x1f); return true; }
    if (n === REG_FRM) { r.fcsr = (r.fcsr & 0x1f) | ((lo & 7) << 5); return true; }
    if (n === REG_FCSR) { r.fcsr = lo & 0xff; return true; }
    return false;
  }

  // ---- stop replies ----

  private tPacket(sig: number, t: Tcb, extra: string): string {
    return `T${sig.toString(16).padStart(2, '0')}thread:${this.idOf(t).toString(16)};${extra}`;
  }

  /** The exit code the CLI would give for this end of the run. */
  static exitCode(r: RunResult): number {
    switch (r.reason) {
      case StopReason.PowerOff: return r.exitCode === 0 ? 0 : 1;
      case StopReason.AllBlocked: return 3;
      case StopReason.InstructionLimit: return 4;
      case StopReason.UnhandledFault: return 5;
      default: return 0;
    }
  }

  // ---- packets ----

  /** Handle one packet (payload without framing). */
  handle(p: string): Action {
    const reply = (data: string): Action => ({ kind: 'reply', data });
    try {
      return this.dispatch(p);
    } catch (e) {
      // A malformed request must never end the session: answer with an error.
      this.log(`sel4ts: gdb: error handling packet '${p.slice(0, 40)}': ${(e as Error).message}`);
      return reply(E_BADARG);
    }
  }

  private dispatch(p: string): Action {
    const reply = (data: string): Action => ({ kind: 'reply', data });
    if (p.length === 0) return reply('');
    const exited = this.result !== null;
    const c = p[0];
    switch (c) {
      case '?': return reply(this.lastStop);
      case 'q': case 'Q': return reply(this.query(p));
      case 'H': {
        const t = this.thread(p.slice(2));
        if (p[1] !== 'g' && p[1] !== 'c') return reply('');
        if (t === undefined) return reply(exited ? E_EXITED : E_NOTHREAD);
        if (p[1] === 'g') this.gThread = p.slice(2) === '0' || p.slice(2) === '-1' ? null : t;
        return reply('OK');
      }
      case 'T': return reply(this.thread(p.slice(1)) !== undefined && p.length > 1 ? 'OK' : E_NOTHREAD);
      case 'g': {
        const t = this.gt();
        if (t === undefined) return reply(E_EXITED);
        return reply(G_LAYOUT.map(([n]) => this.regHex(t.regs, n)!).join(''));
      }
      case 'G': {
        const t = this.gt();
        if (t === undefined) return reply(E_EXITED);
        const hex = p.slice(1);
        const total = G_LAYOUT.reduce((a, [, s]) => a + 2 * s, 0);
        if (hex.length !== total || fromHex(hex) === null) return reply(E_BADARG);
        let o = 0;
        for (const [n, s] of G_LAYOUT) { this.setReg(t.regs, n, hex.slice(o, o + 2 * s)); o += 2 * s; }
        return reply('OK');
      }
      case 'p': {
        const n = parseHexNum(p.slice(1));
        const t = this.gt();
        if (n === null) return reply(E_BADARG);
        if (t === undefined) return reply(E_EXITED);
        return reply(this.regHex(t.regs, n) ?? E_BADARG);
      }
      case 'P': {
        const m = /^P([0-9a-fA-F]+)=([0-9a-fA-F]+)$/.exec(p);
        const t = this.gt();
        if (m === null) return reply(E_BADARG);
        if (t === undefined) return reply(E_EXITED);
        return reply(this.setReg(t.regs, parseInt(m[1], 16), m[2]) ? 'OK' : E_BADARG);
      }
      case 'm': {
        const m = /^m([0-9a-fA-F]+),([0-9a-fA-F]+)$/.exec(p);
        if (m === null) return reply(E_BADARG);
        const a = parseHexNum(m[1]), n = parseHexNum(m[2]);
        if (a === null || n === null || n > 0x4000) return reply(E_BADARG);
        const t = this.gt();
        if (t === undefined) return reply(E_EXITED);
        const b = this.readMemory(t, a, n);
        return reply(b.length === 0 && n > 0 ? E_FAULT : toHex(b));
      }
      case 'M': case 'X': {
        const colon = p.indexOf(':');
        const m = /^[MX]([0-9a-fA-F]+),([0-9a-fA-F]+)$/.exec(colon < 0 ? p : p.slice(0, colon));
        if (m === null || colon < 0) return reply(E_BADARG);
        const a = parseHexNum(m[1]), n = parseHexNum(m[2]);
        const data = c === 'M' ? fromHex(p.slice(colon + 1)) : unescapeBinary(p.slice(colon + 1));
        if (a === null || n === null || data === null || data.length !== n) return reply(E_BADARG);
        const t = this.gt();
        if (t === undefined) return reply(E_EXITED);
        return reply(this.writeMemory(t, a, data) ? 'OK' : E_FAULT);
      }
      case 'Z': case 'z': return reply(this.point(p));
      case 'c': case 'C': case 's': case 'S': {
        if (exited) return reply(E_EXITED);
        // c [addr] / Csig[;addr]: an address resumes there; signals are not delivered (seL4 has none).
        const arg = c === 'c' || c === 's' ? p.slice(1) : p.slice(1).split(';')[1] ?? '';
        if (c === 'C' || c === 'S') { if (!/^[0-9a-fA-F]{2}/.test(p.slice(1))) return reply(E_BADARG); }
        if (arg !== '') {
          const a = parseHexBig(arg);
          const t = this.gt();
          if (a === null || t === undefined) return reply(E_BADARG);
          t.regs.setPC(a);
        }
        return this.resume(c === 's' || c === 'S' ? (this.gt() ?? null) : null);
      }
      case 'v': return this.vPacket(p);
      case 'D': return { kind: 'detach' };
      case 'k': return { kind: 'kill', data: null };
      default: return reply('');
    }
  }

  private vPacket(p: string): Action {
    const reply = (data: string): Action => ({ kind: 'reply', data });
    if (p === 'vCont?') return reply('vCont;c;C;s;S');
    if (p.startsWith('vCont;')) {
      if (this.result !== null) return reply(E_EXITED);
      let step: Tcb | null = null;
      let any = false;
      for (const act of p.slice(6).split(';')) {
        const m = /^([cCsS])([0-9a-fA-F]{2})?(?::(-?[0-9a-fA-F]+))?$/.exec(act);
        if (m === null) return reply(E_BADARG);
        any = true;
        if (m[1] === 's' || m[1] === 'S') {
          const t = m[3] === undefined ? this.gt() : this.thread(m[3]);
          if (t === undefined) return reply(E_NOTHREAD);
          if (step === null) step = t;
        }
      }
      if (!any) return reply(E_BADARG);
      return this.resume(step);
    }
    if (p.startsWith('vKill')) return { kind: 'kill', data: 'OK' };
    return reply(''); // vMustReplyEmpty and everything we do not support
  }

  private query(p: string): string {
    if (p.startsWith('qSupported')) {
      return 'PacketSize=4000;qXfer:features:read+;qXfer:threads:read+;swbreak+;hwbreak+;QStartNoAckMode+;vContSupported+';
    }
    if (p === 'QStartNoAckMode') return 'OK';
    if (p === 'qAttached') return '1';
    if (p === 'qC') { const t = this.gt(); return t === undefined ? E_EXITED : `QC${this.idOf(t).toString(16)}`; }
    if (p === 'qfThreadInfo') {
      const ts = this.threads();
      return ts.length === 0 ? 'l' : 'm' + ts.map((t) => this.idOf(t).toString(16)).join(',');
    }
    if (p === 'qsThreadInfo') return 'l';
    if (p.startsWith('qThreadExtraInfo,')) {
      const t = this.thread(p.slice('qThreadExtraInfo,'.length));
      return t === undefined ? E_NOTHREAD : textToHex(this.threadInfo(t));
    }
    if (p.startsWith('qXfer:')) return this.xfer(p);
    if (p.startsWith('qRcmd,')) {
      const cmd = fromHex(p.slice(6));
      if (cmd === null) return E_BADARG;
      const text = this.monitor(new TextDecoder().decode(cmd).trim());
      for (let i = 0; i < text.length; i += 2000) this.notes.push(text.slice(i, i + 2000));
      return 'OK';
    }
    if (p.startsWith('qSymbol')) return 'OK';
    return '';
  }

  private xfer(p: string): string {
    const m = /^qXfer:([a-z-]+):read:([^:]*):([0-9a-fA-F]+),([0-9a-fA-F]+)$/.exec(p);
    if (m === null) return p.includes(':read:') ? E_BADARG : '';
    const off = parseInt(m[3], 16), len = parseInt(m[4], 16);
    let doc: string;
    if (m[1] === 'features') {
      if (m[2] !== 'target.xml') return E_BADARG;
      doc = TARGET_XML;
    } else if (m[1] === 'threads') {
      doc = '<?xml version="1.0"?>\n<threads>\n' + this.threads().map((t) =>
        `<thread id="${this.idOf(t).toString(16)}" name="${xmlEscape(this.threadName(t))}">${xmlEscape(this.threadInfo(t))}</thread>\n`).join('') + '</threads>\n';
    } else return '';
    const part = doc.slice(off, off + len);
    return (off + len >= doc.length ? 'l' : 'm') + part;
  }

  // ---- breakpoints and watchpoints ----

  private point(p: string): string {
    const m = /^([Zz])([0-4]),([0-9a-fA-F]+),([0-9a-fA-F]+)(;.*)?$/.exec(p);
    if (m === null) return E_BADARG;
    const insert = m[1] === 'Z', type = Number(m[2]);
    const va = parseHexNum(m[3]), len = parseHexNum(m[4]);
    if (va === null || len === null || len === 0 || len > 0x10000) return E_BADARG;
    if (!insert) {
      const i = this.points.findIndex((q) => q.type === type && q.vaddr === va && (type <= 1 || q.len === len));
      if (i >= 0) this.removePoint(this.points.splice(i, 1)[0]);
      return 'OK';
    }
    const t = this.gt();
    if (t === undefined) return E_EXITED;
    const root = this.vspaceRoot(t);
    if (root === null) return E_FAULT;
    if (type <= 1) {
      // The instruction at va in the selected thread's VSpace: hits wherever that code runs at that address.
      const pa = this.translate(root, va);
      if (pa < 0 || va % 2 !== 0) return E_FAULT;
      const frame = Math.floor((pa - RAM_BASE) / PAGE_SIZE);
      const key = frame * PAGE_SIZE + (pa % PAGE_SIZE);
      this.points.push({ type, vaddr: va, len, key, watches: [] });
      this.dbg.addBreak(frame, pa % PAGE_SIZE);
      return 'OK';
    }
    // Watchpoints: the memory behind [va, va + len) (any thread or VSpace touching it triggers them).
    const watches: PhysWatch[] = [];
    for (let k = 0; k < len;) {
      const a = va + k;
      const pa = this.translate(root, a);
      if (pa < 0) return E_FAULT;
      const n = Math.min(len - k, PAGE_SIZE - (a % PAGE_SIZE));
      watches.push({ pa, len: n, kind: type as WatchKind, tag: a - k });
      k += n;
    }
    if (this.dbg.watchCount + watches.length > 64) return E_NOSPACE;
    for (const w of watches) this.dbg.addWatch(w);
    this.points.push({ type, vaddr: va, len, key: -1, watches });
    return 'OK';
  }

  private removePoint(q: Point): void {
    if (q.type <= 1) {
      if (!this.points.some((o) => o.type <= 1 && o.key === q.key)) this.dbg.removeBreak(q.key);
    } else for (const w of q.watches) this.dbg.removeWatch(w);
  }

  removeAllPoints(): void {
    for (const q of this.points.splice(0)) this.removePoint(q);
  }

  // ---- running ----

  private resume(step: Tcb | null): Action {
    this.stepping = step;
    this.interruptRequested = false;
    return { kind: 'resume' };
  }

  /** The connection went away while running: the target stays stopped here (as after ^C). */
  pause(): void {
    if (this.result === null) this.stopped(this.tPacket(SIG.INT, this.reportThread(), ''), this.reportThread());
  }

  /** Ctrl-C: stop at the end of the current slice. */
  interrupt(): void {
    this.interruptRequested = true;
  }

  /** Run one instruction with breakpoints and watchpoints let through (a fault still stops). */
  private runOne(): RunResult {
    this.dbg.pass = true;
    try {
      return this.sys.run(1);
    } finally {
      this.dbg.pass = false;
    }
  }

  /**
   * Run one slice of the pending resume. Returns the stop reply (T/S/W packet) when the target stopped, or null
   * if it is still running (call again).
   */
  runSlice(): string | null {
    const sys = this.sys;
    const ks = sys.ks;
    if (this.atBreak !== null) {
      // Resuming from a breakpoint stop: execute the instruction under it first.
      const { t, pc } = this.atBreak;
      this.atBreak = null;
      if (ks.curThread === t && t.regs.getPC() === pc) {
        const r = this.runOne();
        const s = this.afterRun(r, null);
        if (s !== null) return s;
        if (this.stepping === t) return this.stopped(this.tPacket(SIG.TRAP, t, ''), t);
      }
    }
    if (this.stepping !== null) return this.stepSlice(this.stepping);
    if (this.interruptRequested) return this.stopped(this.tPacket(SIG.INT, this.reportThread(), ''), this.reportThread());
    const r = sys.run(this.slice);
    const s = this.afterRun(r, null);
    if (s !== null) return s;
    if (this.interruptRequested) return this.stopped(this.tPacket(SIG.INT, this.reportThread(), ''), this.reportThread());
    return null;
  }

  /** Step: run until thread t has executed one instruction (other threads may run first if t is not current). */
  private stepSlice(t: Tcb): string | null {
    const sys = this.sys;
    for (let i = 0; i < 100_000; i++) {
      if (!this.alive(t)) return this.stopped(this.tPacket(SIG.TRAP, this.reportThread(), ''), this.reportThread());
      const mine = sys.ks.curThread === t;
      const r = mine ? sys.run(1) : sys.run(1);
      const s = this.afterRun(r, mine ? t : null);
      if (s !== null) return s;
      if (mine) return this.stopped(this.tPacket(SIG.TRAP, t, ''), t);
      if (this.interruptRequested) return this.stopped(this.tPacket(SIG.INT, this.reportThread(), ''), this.reportThread());
    }
    return null; // still waiting for t to run: next slice
  }

  /** The thread to name in a stop: the current one, or the last one that stopped if the idle thread runs. */
  private reportThread(): Tcb {
    const ks = this.sys.ks;
    if (ks.curThread !== ks.idleThread) return ks.curThread;
    return this.alive(this.stopThread) ? this.stopThread : (this.threads()[0] ?? this.stopThread);
  }

  private stopped(reply: string, t: Tcb): string {
    this.stopThread = t;
    this.gThread = null;
    this.lastStop = reply;
    this.stepping = null;
    this.interruptRequested = false;
    return reply;
  }

  /**
   * Look at how a run() ended: a stop reply if the target stops here, null to keep going.
   * `stepped`: the thread whose single instruction this was (a breakpoint on the next instruction does not stop
   * a step: GDB sees the step complete).
   */
  private afterRun(r: RunResult, stepped: Tcb | null): string | null {
    const sys = this.sys;
    const ks = sys.ks;
    const d = this.dbg;
    if (r.reason === StopReason.InstructionLimit || r.reason === StopReason.TimeLimit) return null;
    if (r.reason !== StopReason.Debug) {
      this.result = r;
      const code = GdbStub.exitCode(r);
      if (code !== 0 || r.reason !== StopReason.Halted) this.notes.push(`sel4ts: ${r.message}\n`);
      const w = `W${code.toString(16).padStart(2, '0')}`;
      this.lastStop = w;
      return w;
    }
    if (d.faultCause >= 0) {
      const cause = d.faultCause;
      d.faultCause = -1;
      // The kernel has already handled the fault (sent it to the handler or reported it): name the faulter.
      const regs = sys.hart.regs;
      let t: Tcb | undefined;
      for (const x of ks.threads) if (x.regs === regs) t = x;
      if (t === undefined) return null;
      const sig = cause === 2 ? SIG.ILL : cause === 3 ? SIG.TRAP : cause === 0 || cause === 4 || cause === 6 ? SIG.BUS : SIG.SEGV;
      const unhandled = ks.unhandledFaults.length > this.unhandledSeen;
      this.unhandledSeen = ks.unhandledFaults.length;
      const what = unhandled ? `${ks.unhandledFaults[ks.unhandledFaults.length - 1]} (no fault handler: the thread is stopped)`
        : t.fault.kind !== 'none' ? `${describeFault(t.fault).replace(/\n/g, ' ')} (sent to its fault handler)` : `trap cause ${cause}`;
      this.notes.push(`seL4 fault in thread ${this.idOf(t)} "${this.threadName(t)}": ${what}\n`);
      return this.stopped(this.tPacket(sig, t, ''), t);
    }
    if (d.hit !== null) {
      // A watched access is about to happen: let it happen, then report (GDB compares the old and new values).
      const w = d.hit, write = d.hitWrite;
      d.hit = null;
      const t = ks.curThread;
      const r2 = this.runOne();
      const kind = w.kind === WatchKind.Write ? 'watch' : w.kind === WatchKind.Read ? 'rwatch' : 'awatch';
      const q = this.points.find((p) => p.watches.includes(w));
      const addr = q !== undefined ? q.vaddr : w.tag;
      void write;
      const s = this.afterRun(r2, null);
      if (s !== null && !s.startsWith('T')) return s;
      return this.stopped(this.tPacket(SIG.TRAP, t, `${kind}:${addr.toString(16)};`), t);
    }
    // A breakpoint slot: does one of ours match this address in this address space?
    const t = ks.curThread;
    const pc = t.regs.getPC();
    const pcNum = Number(pc);
    const root = this.vspaceRoot(t);
    const pa = root === null ? -1 : this.translate(root, pcNum);
    const key = pa < 0 ? -2 : Math.floor((pa - RAM_BASE) / PAGE_SIZE) * PAGE_SIZE + (pa % PAGE_SIZE);
    const bp = this.points.find((q) => q.type <= 1 && q.vaddr === pcNum && q.key === key);
    if (bp === undefined || (stepped !== null && stepped === t)) {
      // Same frame at another address, or a step that lands here: run the instruction and carry on.
      const r2 = this.runOne();
      return this.afterRun(r2, null);
    }
    this.atBreak = { t, pc };
    return this.stopped(this.tPacket(SIG.TRAP, t, bp.type === 0 ? 'swbreak:;' : 'hwbreak:;'), t);
  }

  // ---- monitor commands (qRcmd) ----

  monitor(cmd: string): string {
    const [name, ...args] = cmd.split(/\s+/);
    switch (name) {
      case 'threads': return this.monThreads();
      case 'caps': {
        if (args.length !== 1) return 'usage: monitor caps THREAD (a GDB thread number or a thread name)\n';
        const a = args[0];
        const t = /^\d+$/.test(a) ? this.thread(Number(a).toString(16)) : this.threads().find((x) => x.name === a);
        if (t === undefined) return `no thread '${a}' (see monitor threads)\n`;
        return this.monCaps(t);
      }
      case 'snapshot': return capDLSnapshot(this.sys.ks);
      case 'help': case '':
        return 'sel4ts monitor commands:\n  threads        every TCB: GDB id, name, state, priority, pc\n' +
          '  caps THREAD    the caps in a thread\'s TCB slots and CSpace root CNode\n' +
          '  snapshot       capDL snapshot of every object and cap (seL4_DebugSnapshot)\n';
      default: return `unknown monitor command '${name}' (try monitor help)\n`;
    }
  }

  private monThreads(): string {
    const ks = this.sys.ks;
    const lines = ['  id  name                      state                  prio  pc'];
    for (const t of this.threads()) {
      lines.push(`${t === ks.curThread ? '*' : ' '} ${String(this.idOf(t)).padStart(2)}  ${this.threadName(t).padEnd(24).slice(0, 24)}  ` +
        `${(THREAD_STATE_NAMES[t.state] ?? String(t.state)).padEnd(21)}  ${String(t.priority).padStart(4)}  0x${t.regs.getPC().toString(16)}`);
    }
    lines.push(`virtual time ${(this.sys.cycles / this.sys.config.cpuHz * 1000).toFixed(3)} ms, ${this.sys.instructions} instructions`);
    return lines.join('\n') + '\n';
  }

  private monCaps(t: Tcb): string {
    const describe = (c: Cap): string => {
      let s = CAP_NAMES[capTypeNumber(c)] ?? `type ${c.tag}`;
      switch (c.tag) {
        case CapTag.Endpoint: case CapTag.Notification:
          s += ` 0x${c.obj.paddr.toString(16)}${c.badge !== 0n ? ` badge 0x${c.badge.toString(16)}` : ''}`; break;
        case CapTag.CNode: s += ` 0x${c.obj.paddr.toString(16)} radix ${c.radix} guard ${c.guardSize}:0x${c.guard.toString(16)}`; break;
        case CapTag.Thread: s += ` 0x${c.tcb.paddr.toString(16)} "${c.tcb.name}"`; break;
        case CapTag.Frame: s += ` 0x${c.paddr.toString(16)}${c.mappedASID !== 0 ? ` mapped at 0x${c.mappedAddress.toString(16)}` : ''}`; break;
        case CapTag.PageTable: s += ` 0x${c.paddr.toString(16)}${c.isMapped ? ' (VSpace root or mapped)' : ''}`; break;
        case CapTag.Untyped: s += ` 0x${c.paddr.toString(16)} ${c.sizeBits} bits${c.isDevice ? ' device' : ''}`; break;
        case CapTag.IRQHandler: s += ` irq ${c.irq}`; break;
        default: break;
      }
      return s;
    };
    const slotNames = ['CSpace root', 'VSpace root', 'reply', 'caller', 'IPC buffer'];
    const lines = [`thread ${this.idOf(t)} "${this.threadName(t)}" (tcb 0x${t.paddr.toString(16)}):`];
    t.slots.forEach((s, i) => { if (s.cap.tag !== CapTag.Null) lines.push(`  tcb slot ${i} (${slotNames[i] ?? i}): ${describe(s.cap)}`); });
    const root = t.slots[0].cap;
    if (root.tag === CapTag.CNode) {
      const cn: CNode = root.obj;
      lines.push(`CSpace root CNode 0x${cn.paddr.toString(16)}:`);
      for (const s of cn.usedSlots()) if (s.cap.tag !== CapTag.Null) lines.push(`  ${String(s.index).padStart(5)}: ${describe(s.cap)}`);
    }
    return lines.join('\n') + '\n';
  }
}
