// The flagship demo's driver: boots examples/pacemaker (pacer, radio, logger, supervisor) on a machine with the
// virtual patient, feeds the scripted telemetry link (and the attacks) through the UART at fixed virtual times, runs
// for the patient time asked, and collects the ground truth from the device and the attack log from the console.
//
// The demo machine's core runs at 10 MHz (an implant-class microcontroller; the kernel timer stays 10 MHz), so ten
// minutes of patient time are cheap to emulate when the software is idle, as a pacemaker's software mostly is.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { System, StopReason } from '../../system.js';
import { IntegrityMonitor } from '../../assurance/integrity.js';
import { takeSnapshot } from '../../assurance/snapshot.js';
import { computeLabels } from '../../assurance/labels.js';
import { authorityGraph } from '../../assurance/authority.js';
import type { Beat, Episode, VirtualPatient } from '../../machine/devices/heart.js';
import { CapTag, CAP_NAMES, RIGHT_WRITE, RIGHT_READ, RIGHT_GRANT, RIGHT_GRANT_REPLY, type Cap, type Tcb } from '../../kernel/structures.js';

export const ATTACKS = [
  'wild-writes', 'bad-rate', 'flood', 'raise-priority', 'spin', 'pacer-tcb', 'map-pacer', 'retype', 'cspace-scan', 'crash',
] as const;
export type AttackName = typeof ATTACKS[number];

/** What each attack may get in the isolated system: anything else means the isolation did not hold. */
export const CONTAINED: Record<AttackName, readonly string[]> = {
  'wild-writes': ['VMFault', "no fault (the page is mapped writable in the writer's VSpace)"],
  'bad-rate': ['rejected by the pacer'],
  flood: ['delivered', 'rejected by the pacer'],
  'raise-priority': ['RangeError', 'InvalidCapability'],
  // Lowering itself to its own MCP is allowed: that is "its highest allowed priority".
  spin: ['RangeError', 'NoError', 'completed'],
  'pacer-tcb': ['CapFault', 'InvalidCapability', 'IllegalOperation'],
  'map-pacer': ['CapFault', 'InvalidCapability', 'IllegalOperation'],
  retype: ['CapFault', 'InvalidCapability', 'IllegalOperation'],
  'cspace-scan': ['delivered', 'IllegalOperation', 'InvalidCapability', 'skipped'],
  crash: ['VMFault', 'UserException', 'restarted by the supervisor'],
};

export const DEMO_CPU_HZ = 10_000_000;
/** Virtual time at which the attack script starts (the radio runs the attacks one after another). */
export const ATTACK_START_S = 10;
/** The pacer must pace within this much of its lower-rate interval: worst slack >= tolerance - this. */
export const LATENCY_BOUND_MS = 5;

export interface PacemakerOptions {
  isolation?: boolean;
  mcs?: boolean;
  attacks?: readonly AttackName[];
  seed?: number;
  /** Patient time in seconds (default 600). */
  durationS?: number;
  /** Called about every `progressEveryS` of virtual time with the state so far. */
  onProgress?: (p: Progress) => void;
  progressEveryS?: number;
}

export interface AttackAttempt {
  timeS: number;
  attack: string;
  op: string;
  target: string;
  result: string;
  extra?: number;
}

export interface AttackSummary {
  name: string;
  attempts: number;
  results: Record<string, number>;
  /** Every result is one the isolated system must give. */
  contained: boolean;
}

export interface Progress {
  timeS: number;
  durationS: number;
  beats: readonly Beat[];
  missed: number;
  worstSlackMs: number;
  log: readonly string[];
  attempts: readonly AttackAttempt[];
  wallS: number;
}

/**
 * Hook for the assurance tools (authority graph, integrity monitor): when they exist, they report here and the
 * verdict and the report include their lines (e.g. "integrity: 0 violations").
 */
export interface AssuranceSection {
  title: string;
  lines: string[];
  ok: boolean;
  /** Optional SVG for the report (e.g. the authority graph). */
  svg?: string;
}
export type AssuranceHook = (sys: System) => AssuranceSection[];
const assuranceHooks: AssuranceHook[] = [];
export function registerAssurance(hook: AssuranceHook): void {
  assuranceHooks.push(hook);
}

/** What a component's CSpace holds at the end of the run (read from the kernel state; the rootserver names them). */
export interface CapInventory {
  component: string;
  slots: number;
  caps: { slot: number; what: string }[];
  /** Capabilities that reach an object of the pacer (its TCB, CNode, VSpace, frames, IRQ handlers, endpoints). */
  reachesPacer: string[];
}

function rightsText(r: number): string {
  const n = [r & RIGHT_READ ? 'Read' : '', r & RIGHT_WRITE ? 'Write' : '', r & RIGHT_GRANT ? 'Grant' : '', r & RIGHT_GRANT_REPLY ? 'GrantReply' : ''];
  return n.filter((x) => x !== '').join('+') || 'no rights';
}

/** The kernel object a cap names (for comparing authority), or null. */
function capObject(c: Cap): unknown {
  switch (c.tag) {
    case CapTag.Endpoint: case CapTag.Notification: case CapTag.CNode: return c.obj;
    case CapTag.Thread: return c.tcb;
    case CapTag.IRQHandler: return `irq${c.irq}`;
    case CapTag.Frame: case CapTag.PageTable: case CapTag.Untyped: return `${c.tag}@${c.paddr}`;
    default: return null;
  }
}

export function capInventory(sys: System, component: string, pacer = 'pacer'): CapInventory | null {
  const find = (n: string): Tcb | undefined => [...sys.ks.threads].find((t) => t.name === n);
  const tcb = find(component);
  const root = tcb?.slots[0].cap;
  if (tcb === undefined || root === undefined || root.tag !== CapTag.CNode) return null;
  // The pacer's objects: its TCB, the objects its CSpace names, its VSpace.
  const pacerObjs = new Map<unknown, string>();
  const p = find(pacer);
  if (p !== undefined) {
    pacerObjs.set(p, "the pacer's TCB");
    const pc = p.slots[0].cap;
    const pv = p.slots[1].cap;
    if (pc.tag === CapTag.CNode) {
      pacerObjs.set(pc.obj, "the pacer's CNode");
      for (const cte of pc.obj.usedSlots()) {
        const k = cte.cap;
        // Endpoints and notifications the pacer only sends on (the logger's) are not the pacer's.
        if ((k.tag === CapTag.Endpoint || k.tag === CapTag.Notification) && (k.rights & RIGHT_READ) === 0) continue;
        const o = capObject(k);
        if (o !== null && !pacerObjs.has(o)) pacerObjs.set(o, `the pacer's ${CAP_NAMES[k.tag] ?? 'cap'} (pacer slot ${cte.index})`);
      }
    }
    const pvo = capObject(pv);
    if (pvo !== null) pacerObjs.set(pvo, "the pacer's VSpace");
  }
  const caps: { slot: number; what: string }[] = [];
  const reaches: string[] = [];
  for (const cte of root.obj.usedSlots()) {
    const c = cte.cap;
    if (c.tag === CapTag.Null) continue;
    let what = CAP_NAMES[c.tag] ?? `type ${c.tag}`;
    if (c.tag === CapTag.Endpoint || c.tag === CapTag.Notification) what += ` (${rightsText(c.rights)}, badge 0x${c.badge.toString(16)})`;
    if (c.tag === CapTag.IRQHandler) what += ` (IRQ ${c.irq})`;
    if (c.tag === CapTag.Thread) what += c.tcb === tcb ? ' (its own)' : ` (${c.tcb.name || 'another thread'})`;
    if (c.tag === CapTag.CNode && c.obj === root.obj) what += ' (its own)';
    if (c.tag === CapTag.PageTable && capObject(c) === capObject(tcb.slots[1].cap)) what += ' (its own VSpace)';
    caps.push({ slot: cte.index, what });
    const o = capObject(c);
    const hit = o !== null ? pacerObjs.get(o) : undefined;
    if (hit !== undefined && o !== tcb) reaches.push(`${what} -> ${hit}`);
  }
  return { component, slots: root.obj.numSlots, caps, reachesPacer: reaches };
}

export interface PacemakerResult {
  options: Required<Omit<PacemakerOptions, 'onProgress' | 'progressEveryS'>>;
  durationS: number;
  beats: Beat[];
  episodes: Episode[];
  sensed: number;
  paced: number;
  missed: number;
  worstSlackMs: number;
  pacedSlackMs: number[];
  longIntervals: { fromS: number; toS: number }[];
  attempts: AttackAttempt[];
  attacks: AttackSummary[];
  /** Lines of the console (logger, supervisor, rootserver). */
  log: string[];
  supervisorFaults: number;
  instructions: number;
  wallS: number;
  stop: string;
  assurance: AssuranceSection[];
  /** The patient was kept safe: no missed beat and the slack within its bound. */
  safe: boolean;
  /** Isolated runs: every attack got only what it must get. */
  contained: boolean;
}

function imagePath(mcs: boolean): string {
  return fileURLToPath(new URL(`../../../../examples/pacemaker/pacemaker${mcs ? '-mcs' : ''}.elf`, import.meta.url));
}

/** The telemetry link's script: (virtual second, line). */
export function telemetryScript(attacks: readonly AttackName[], durationS: number): [number, string][] {
  const s: [number, string][] = [[1, 'STATUS'], [3, 'RATE 70'], [5, 'RATE 30'], [7, 'RATE 60'], [9, 'STATUS']];
  attacks.forEach((a, i) => s.push([ATTACK_START_S + i * 0.5, `ATTACK ${a}`]));
  for (let t = 30; t < durationS; t += 30) s.push([t, 'STATUS']);
  return s.filter(([t]) => t < durationS);
}

const ATTACK_LINE = /^\[\s*(\d+)\.(\d+)\] attack (\S+): (.+?) (0x[0-9a-f]+) -> (.+?)(?: \[(\d+)\])?$/;

export function runPacemaker(opts: PacemakerOptions = {}): PacemakerResult {
  const isolation = opts.isolation ?? true;
  const mcs = opts.mcs ?? false;
  const attacks = opts.attacks ?? [];
  const seed = opts.seed ?? 1;
  const durationS = opts.durationS ?? 600;
  const image = readFileSync(imagePath(mcs));
  const log: string[] = [];
  const attempts: AttackAttempt[] = [];
  let line: number[] = [];
  const putchar = (c: number): void => {
    if (c === 10) {
      const l = Buffer.from(line).toString('latin1');
      line = [];
      log.push(l);
      const m = ATTACK_LINE.exec(l);
      if (m !== null) {
        attempts.push({
          timeS: Number(m[1]) + Number(m[2]) / 1e6, attack: m[3], op: m[4], target: m[5], result: m[6],
          ...(m[7] !== undefined ? { extra: Number(m[7]) } : {}),
        });
      }
    } else {
      line.push(c);
    }
  };
  const sys = new System(image, {
    heart: { seed },
    bootargs: isolation ? 'pacemaker' : 'pacemaker isolation=off',
    config: { mcs, printing: false, cpuHz: DEMO_CPU_HZ },
    putchar,
  });
  const hz = sys.config.cpuHz;
  for (const [t, cmd] of telemetryScript(attacks, durationS)) {
    sys.events.schedule(Math.round(t * hz), () => sys.board.uart.feed(Buffer.from(cmd + '\n')));
  }
  const heart = sys.board.heart as VirtualPatient;
  // The isolated system runs under the integrity monitor: every write checked against the authority the
  // components' capabilities give (src/assurance/integrity.ts).
  const monitor = isolation ? new IntegrityMonitor() : null;
  monitor?.attach(sys);
  const t0 = process.hrtime.bigint();
  const wall = (): number => Number(process.hrtime.bigint() - t0) / 1e9;
  const step = opts.progressEveryS ?? 1;
  let stop = '';
  for (let t = 0; t < durationS;) {
    t = Math.min(durationS, t + step);
    const r = sys.run(Number.MAX_SAFE_INTEGER, Math.round(t * hz));
    if (r.reason !== StopReason.TimeLimit) {
      // Nothing more can run (e.g. everything stopped): the patient's time still passes.
      stop = r.message;
      sys.cycles = Math.max(sys.cycles, Math.round(t * hz));
      sys.events.runDue(sys.cycles);
    }
    opts.onProgress?.({
      timeS: t, durationS, beats: heart.beats, missed: heart.missedAt(t * 1e9),
      worstSlackMs: heart.worstSlackAt(t * 1e9) / 1e6, log, attempts, wallS: wall(),
    });
  }
  const endNs = durationS * 1e9;
  const summaries: AttackSummary[] = attacks.map((name) => {
    const mine = attempts.filter((a) => a.attack === name);
    const results: Record<string, number> = {};
    for (const a of mine) results[a.result] = (results[a.result] ?? 0) + 1;
    const contained = mine.length > 0 && mine.every((a) => CONTAINED[name].includes(a.result));
    return { name, attempts: mine.length, results, contained };
  });
  const missed = heart.missedAt(endNs);
  const worstSlackMs = heart.worstSlackAt(endNs) / 1e6;
  const inv = capInventory(sys, 'radio');
  const assurance: AssuranceSection[] = [];
  if (inv !== null && isolation) {
    assurance.push({
      title: 'radio capabilities',
      lines: [
        `${inv.caps.length} in its CSpace of ${inv.slots} slots: ${inv.caps.map((c) => `${c.slot}: ${c.what}`).join('; ')}`,
        `reaching the pacer: ${inv.reachesPacer.length === 0 ? 'none' : inv.reachesPacer.join('; ')}`,
      ],
      ok: inv.reachesPacer.every((r) => /^endpoint \(Write\+GrantReply, badge 0x100\) -> the pacer's endpoint \(pacer slot 1\)$/.test(r)),
    });
  } else if (inv !== null) {
    const tcbCap = inv.reachesPacer.find((r) => r.endsWith("-> the pacer's TCB"));
    assurance.push({
      title: 'radio capabilities',
      lines: [
        `${inv.caps.length} in the shared CSpace of ${inv.slots} slots`,
        `reaching the pacer: ${inv.reachesPacer.length}${tcbCap !== undefined ? `, among them ${tcbCap}` : ''}`,
      ],
      ok: false,
    });
  }
  if (monitor !== null) {
    const m = monitor.summary();
    assurance.push({
      title: 'integrity',
      lines: [`${m.writesChecked} writes checked, ${m.violationCount} violations`, ...m.violations.slice(0, 5).map((v) =>
        `${v.subject} -> ${v.object}: ${v.write} at ${v.address}; missing ${v.missing}`)],
      ok: m.violationCount === 0,
    });
    // The authority graph between the components (labels: one per thread with its own CSpace).
    const snap = takeSnapshot(sys.ks, { reason: 'end of run', cycles: sys.cycles, instructions: sys.instructions, virtualTimeNs: 0 });
    // The pacer's settings endpoint (its CSpace slot 1) is the pacer's: the one thing the radio may reach.
    const pacerT = snap.threads.find((t) => t.name === 'pacer');
    const settings = snap.caps.find((c) => c.container === pacerT?.cspace && c.index === 1 && c.type === 'endpoint');
    const lab = computeLabels(snap, {
      threads: new Map(), tcbs: new Map(), objects: new Map(settings?.object != null ? [[settings.object, 'pacer']] : []),
    });
    const edges = authorityGraph(snap, lab).edges.filter((e) => e.from === 'radio' && e.to === 'pacer');
    const kinds = [...new Set(edges.map((e) => e.auth))];
    assurance.push({
      title: 'authority',
      lines: [`radio -> pacer: ${kinds.length === 0 ? 'none' : kinds.join(', ')}${edges.length > 0 ? ` (${[...new Set(edges.flatMap((e) => e.reasons))].join('; ')})` : ''}`],
      ok: kinds.every((k) => k === 'SyncSend' || k === 'Call' || k === 'Reset'),
    });
  }
  assurance.push(...assuranceHooks.flatMap((h) => h(sys)));
  return {
    options: { isolation, mcs, attacks, seed, durationS },
    durationS,
    beats: heart.beats.slice(),
    episodes: heart.episodes.filter((e) => e.startNs < endNs),
    sensed: heart.beats.filter((b) => b.kind === 'sensed').length,
    paced: heart.beats.filter((b) => b.kind === 'paced').length,
    missed,
    worstSlackMs,
    pacedSlackMs: heart.pacedSlackNs.map((s) => s / 1e6),
    longIntervals: heart.longIntervals.map((l) => ({ fromS: l.fromNs / 1e9, toS: l.toNs / 1e9 })),
    attempts,
    attacks: summaries,
    log,
    supervisorFaults: log.filter((l) => / supervisor: \S+ fault in /.test(l)).length,
    instructions: sys.instructions,
    wallS: wall(),
    stop,
    assurance,
    safe: missed === 0 && worstSlackMs >= heart.toleranceNs / 1e6 - LATENCY_BOUND_MS,
    contained: summaries.every((s) => s.contained) && assurance.every((a) => a.ok),
  };
}

/** The verdict as text lines (the end of the terminal view; the report's summary). */
export function verdictLines(r: PacemakerResult): string[] {
  const o = r.options;
  const lines: string[] = [];
  lines.push(`system: ${o.isolation ? 'isolated (seL4: own CSpace and VSpace per component)' : 'NOT isolated (one CSpace, one VSpace, every capability)'}` +
    `, ${o.mcs ? 'MCS kernel (radio budget 2 ms / 10 ms at the pacer\'s priority)' : 'non-MCS kernel (radio below the pacer, MCP enforced)'}`);
  lines.push(`patient: seed ${o.seed}, ${r.durationS} s of patient time; ${r.episodes.filter((e) => e.kind === 'brady').length} bradycardia episodes, ${r.episodes.filter((e) => e.kind === 'pause').length} pauses`);
  lines.push(`beats: ${r.beats.length} (${r.sensed} sensed, ${r.paced} paced); missed: ${r.missed}; worst slack: ${r.worstSlackMs.toFixed(3)} ms (bound: >= ${(50 - LATENCY_BOUND_MS).toFixed(0)} ms)`);
  for (const a of r.attacks) {
    const res = Object.entries(a.results).map(([k, n]) => `${k} ×${n}`).join(', ');
    lines.push(`attack ${a.name}: ${a.attempts} attempts -> ${res || 'nothing logged'}${o.isolation ? (a.contained ? '' : '  <- NOT CONTAINED') : ''}`);
  }
  for (const s of r.assurance) for (const l of s.lines) lines.push(`${s.title}: ${l}`);
  const ok = r.safe && (!o.isolation || r.contained);
  lines.push(ok
    ? `VERDICT: the patient was kept safe${r.attacks.length > 0 ? ` through ${r.attempts.length} attack attempts` : ''}: 0 missed beats.`
    : `VERDICT: the patient was NOT kept safe: ${r.missed} missed beat${r.missed === 1 ? '' : 's'}, worst slack ${r.worstSlackMs.toFixed(1)} ms.`);
  return lines;
}
