// Subjects and labels (l4v's pasObjectAbs): which label every object of a snapshot belongs to.
//
// Without a labels file each thread with its own CSpace root is a subject, labelled after the thread (threads
// sharing a CSpace root share the first one's label). A subject owns, structurally, its TCB, its CSpace root,
// its VSpace (root and page tables) and the frames mapped only in its VSpace. Every other object belongs to the
// one subject whose capabilities reach it (through its CNodes, not into another subject's), to `shared` when
// several reach it, and to `unowned` when none does. A labels file can name labels and override any object.
import { Snapshot, SnapCap, sanitize } from './snapshot.js';

export const SHARED = 'shared';
export const UNOWNED = 'unowned';

export interface LabelSpec {
  /** Thread name → label. */
  threads: Map<string, string>;
  /** TCB object id or physical address (hex) → label. */
  tcbs: Map<string, string>;
  /** Object id or physical address (hex) → label. */
  objects: Map<string, string>;
}

export interface Labelling {
  /** Subjects first (thread order), then shared/unowned if used. */
  labels: string[];
  /** Object id → label. */
  of: Map<string, string>;
  /** Object id → why it has its label. */
  why: Map<string, string>;
  /** Label → its threads (object ids). */
  threads: Map<string, string[]>;
}

export class LabelSyntaxError extends Error {}

const LABEL_RE = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Labels file: one rule a line, `#` comments.
 *   thread "client A" = clientA      a thread by the name it gave itself
 *   tcb tcb_server = srv             a thread by TCB object id or physical address
 *   object 0x80400000 = shared       any object by id or physical address (overrides the automatic rules)
 */
export function parseLabels(text: string): LabelSpec {
  const spec: LabelSpec = { threads: new Map(), tcbs: new Map(), objects: new Map() };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const m = /^(thread|tcb|object)\s+("([^"]*)"|\S+)\s*=\s*(\S+)$/.exec(line);
    if (m === null) throw new LabelSyntaxError(`line ${i + 1}: expected 'thread NAME = LABEL', 'tcb ID = LABEL' or 'object ID = LABEL'`);
    const key = m[3] ?? m[2];
    const label = m[4];
    if (!LABEL_RE.test(label)) throw new LabelSyntaxError(`line ${i + 1}: label '${label}' must be letters, digits and _ (starting with a letter)`);
    (m[1] === 'thread' ? spec.threads : m[1] === 'tcb' ? spec.tcbs : spec.objects).set(key, label);
  });
  return spec;
}

const normHex = (s: string): string => (/^0x[0-9a-f]+$/i.test(s) ? '0x' + BigInt(s).toString(16) : s);

export function computeLabels(s: Snapshot, spec?: LabelSpec): Labelling {
  const byId = new Map(s.objects.map((o) => [o.id, o]));
  const lookup = (m: Map<string, string> | undefined, id: string): string | undefined => {
    if (m === undefined) return undefined;
    const o = byId.get(id);
    for (const [k, v] of m) {
      if (k === id || (o?.paddr !== null && o?.paddr !== undefined && normHex(k) === o.paddr)) return v;
    }
    return undefined;
  };
  // 1. Subjects.
  const labelOfThread = new Map<string, string>();
  const byRoot = new Map<string, string>();
  const used = new Set<string>();
  const fresh = (base: string): string => {
    let n = base, k = 2;
    while (used.has(n)) n = `${base}_${k++}`;
    used.add(n);
    return n;
  };
  for (const t of s.threads) {
    const explicit = lookup(spec?.tcbs, t.id) ?? spec?.threads.get(t.name);
    let l: string;
    if (explicit !== undefined) {
      l = explicit;
      used.add(l);
    } else if (t.cspace !== null && byRoot.has(t.cspace)) {
      l = byRoot.get(t.cspace)!;
    } else {
      l = fresh(t.name !== '' ? sanitize(t.name) : t.id);
    }
    if (t.cspace !== null && !byRoot.has(t.cspace)) byRoot.set(t.cspace, l);
    labelOfThread.set(t.id, l);
  }
  const of = new Map<string, string>();
  const why = new Map<string, string>();
  // 2. Structural ownership.
  const strong = new Map<string, Set<string>>();
  const claim = (id: string | null, l: string) => {
    if (id === null) return;
    const set = strong.get(id) ?? new Set<string>();
    set.add(l);
    strong.set(id, set);
  };
  const vspaceOwners = new Map<string, Set<string>>();
  for (const t of s.threads) {
    const l = labelOfThread.get(t.id)!;
    claim(t.id, l);
    claim(t.cspace, l);
    if (t.vspace !== null) vspaceOwners.set(t.vspace, (vspaceOwners.get(t.vspace) ?? new Set<string>()).add(l));
  }
  const mappers = new Map<string, Set<string>>();
  for (const v of s.vspaces) {
    for (const l of vspaceOwners.get(v.root) ?? []) {
      for (const pt of v.tables) claim(pt.id, l);
      for (const m of v.mappings) {
        const set = mappers.get(m.frame) ?? new Set<string>();
        set.add(l);
        mappers.set(m.frame, set);
      }
    }
  }
  for (const [frame, set] of mappers) if (set.size === 1) claim(frame, [...set][0]);
  for (const t of s.threads) {
    if (t.ipcBufferFrame !== null && !mappers.has(t.ipcBufferFrame)) claim(t.ipcBufferFrame, labelOfThread.get(t.id)!);
  }
  const owner = (id: string): string | undefined => {
    const set = strong.get(id);
    return set === undefined ? undefined : set.size === 1 ? [...set][0] : SHARED;
  };
  // 3. Reachability through capabilities (and mappings).
  const capsBy = new Map<string, SnapCap[]>();
  for (const c of s.caps) {
    const l = capsBy.get(c.container) ?? [];
    l.push(c);
    capsBy.set(c.container, l);
  }
  const reach = new Map<string, Set<string>>();
  const reached = (id: string, l: string) => {
    const set = reach.get(id) ?? new Set<string>();
    set.add(l);
    reach.set(id, set);
  };
  for (const [frame, set] of mappers) for (const l of set) reached(frame, l);
  for (const l of new Set(labelOfThread.values())) {
    const queue: string[] = [];
    for (const [id, set] of strong) if (set.has(l) && (byId.get(id)?.type === 'cnode' || byId.get(id)?.type === 'tcb')) queue.push(id);
    const seen = new Set<string>(queue);
    while (queue.length > 0) {
      const c = queue.shift()!;
      for (const cap of capsBy.get(c) ?? []) {
        if (cap.object === null) continue;
        reached(cap.object, l);
        const o = owner(cap.object);
        if (cap.type === 'cnode' && (o === undefined || o === l) && !seen.has(cap.object)) {
          seen.add(cap.object);
          queue.push(cap.object);
        }
      }
    }
  }
  for (const o of s.objects) {
    const ov = lookup(spec?.objects, o.id);
    if (ov !== undefined) {
      of.set(o.id, ov);
      why.set(o.id, 'labels file');
      continue;
    }
    const st = owner(o.id);
    if (st !== undefined) {
      of.set(o.id, st);
      why.set(o.id, st === SHARED ? 'part of several subjects' : o.type === 'tcb' ? 'thread' : 'part of the subject (CSpace root, VSpace, or mapped only there)');
      continue;
    }
    const r = reach.get(o.id);
    if (r === undefined || r.size === 0) {
      of.set(o.id, UNOWNED);
      why.set(o.id, 'no subject reaches it');
    } else if (r.size === 1) {
      of.set(o.id, [...r][0]);
      why.set(o.id, 'reached only by this subject');
    } else {
      of.set(o.id, SHARED);
      why.set(o.id, `reached by ${[...r].sort().join(', ')}`);
    }
  }
  const labels: string[] = [];
  for (const t of s.threads) {
    const l = labelOfThread.get(t.id)!;
    if (!labels.includes(l)) labels.push(l);
  }
  for (const l of [...new Set(of.values())].sort()) if (!labels.includes(l)) labels.push(l);
  const threads = new Map<string, string[]>();
  for (const t of s.threads) {
    const l = of.get(t.id)!;
    threads.set(l, [...(threads.get(l) ?? []), t.id]);
  }
  return { labels, of, why, threads };
}
