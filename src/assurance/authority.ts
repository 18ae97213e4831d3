// The authority graph between labels, derived as l4v's access-control model derives it (proof/access-control
// Access.thy: cap_auth_conferred, tcb_st_to_auth, state_bits_to_policy with sbta_caps, sbta_untyped, sbta_ts,
// sbta_bounds, sbta_cdt and sbta_cdt_transferable, sbta_vref; state_irqs_to_policy; RISCV64 ArchAccess.thy:
// vspace_cap_rights_to_auth, vs_refs_aux, state_asids_to_policy), then mapped through the labelling
// (auth_graph_map). Plus the edges policy_wellformed implies, and the take-grant closure.
import { Snapshot, SnapCap } from './snapshot.js';
import { Labelling } from './labels.js';
import { AUTH_KINDS, Auth, CAP_KINDS, vmRightsToAuth } from './captypes.js';

export { AUTH_KINDS, type Auth } from './captypes.js';

export interface Edge {
  from: string;
  to: string;
  auth: Auth;
  /** What confers it: capability slots (with the path a thread uses), thread states, mappings, the CDT. */
  reasons: string[];
}

export interface AuthorityGraph {
  labels: string[];
  /** The graph of the state (no self edges: every label has all authority over itself). */
  edges: Edge[];
  /** Edges l4v's policy_wellformed requires of any policy containing `edges` (Call/Reply/DeleteDerived rules). */
  implied: Edge[];
}

/** cap_auth_conferred: the kinds a cap confers on the objects it refers to (obj_refs_ac). */
export function capAuthConferred(c: SnapCap): Auth[] {
  return CAP_KINDS[c.type].auth(c);
}

function describeCap(c: SnapCap): string {
  const bits: string[] = [c.type];
  if (c.object !== null) bits.push(c.object);
  if (c.rights !== undefined) bits.push(`rights ${c.rights === '' ? '-' : c.rights}`);
  if (c.badge !== undefined && c.badge !== '0x0') bits.push(`badge ${c.badge}`);
  return `cap ${c.slot}${c.path !== null ? ` (${c.path})` : ''}: ${bits.join(' ')}`;
}

class EdgeSet {
  private readonly m = new Map<string, Edge>();
  add(from: string | undefined, auth: Auth, to: string | undefined, reason: string): void {
    if (from === undefined || to === undefined || from === to) return;
    const k = `${from}\u0000${auth}\u0000${to}`;
    let e = this.m.get(k);
    if (e === undefined) this.m.set(k, (e = { from, to, auth, reasons: [] }));
    if (e.reasons.length < 8 && !e.reasons.includes(reason)) e.reasons.push(reason);
    else if (e.reasons.length === 8 && !e.reasons.includes(reason)) e.reasons.push('...');
  }
  has(from: string, auth: Auth, to: string): boolean {
    return from === to || this.m.has(`${from}\u0000${auth}\u0000${to}`);
  }
  list(): Edge[] {
    return [...this.m.values()].sort(edgeOrder);
  }
}

export function edgeOrder(a: Edge, b: Edge): number {
  return a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 :
    AUTH_KINDS.indexOf(a.auth) - AUTH_KINDS.indexOf(b.auth);
}

export function authorityGraph(s: Snapshot, lab: Labelling): AuthorityGraph {
  const L = (id: string | null): string | undefined => (id === null ? undefined : lab.of.get(id));
  const E = new EdgeSet();
  const objs = s.objects;
  const asidLabel = new Map<number, string>();
  for (const v of s.vspaces) {
    const l = L(v.root);
    if (l !== undefined) asidLabel.set(v.asid, l);
  }
  const addrObjs = objs.filter((o) => o.paddr !== null && o.type !== 'ut')
    .map((o) => ({ id: o.id, base: Number(BigInt(o.paddr!)) }));
  const irqObjs = objs.filter((o) => o.type === 'irq');
  const capBySlot = new Map(s.caps.map((c) => [c.slot, c]));
  for (const c of s.caps) {
    const from = L(c.container);
    const why = describeCap(c);
    // sbta_caps
    if (c.type === 'irq_control') {
      for (const o of irqObjs) E.add(from, 'Control', L(o.id), why); // cap_irqs_controlled = UNIV
    } else if (c.type === 'domain') {
      for (const l of lab.labels) E.add(from, 'Control', l, why); // obj_refs_ac DomainCap = UNIV
    } else if (c.type === 'asid_control') {
      for (const l of asidLabel.values()) E.add(from, 'Control', l, why); // acap_asid' ASIDControlCap = UNIV
    } else if (c.object !== null) {
      for (const a of capAuthConferred(c)) E.add(from, a, L(c.object), why);
    }
    // sbta_untyped: Control over everything in the untyped's range.
    if (c.type === 'untyped' && c.object !== null) {
      const u = objs.find((o) => o.id === c.object)!;
      const base = Number(BigInt(u.paddr!)), top = base + 2 ** u.sizeBits;
      for (const o of addrObjs) if (o.base >= base && o.base < top) E.add(from, 'Control', L(o.id), why);
    }
    // sata_asid: caps naming an ASID give Control over the ASID's label.
    if (c.mapping !== undefined) E.add(from, 'Control', asidLabel.get(c.mapping.asid), why);
    if (c.type === 'asid_pool' && c.asidBase !== undefined) {
      for (const [asid, l] of asidLabel) if ((asid & ~511) === c.asidBase && asid !== 0) E.add(from, 'Control', l, why);
    }
    // sbta_cdt / sbta_cdt_transferable
    if (c.parent !== null) {
      const p = capBySlot.get(c.parent);
      if (p !== undefined) {
        const cdtWhy = `derivation ${p.slot} -> ${c.slot}`;
        E.add(L(p.container), 'DeleteDerived', from, cdtWhy);
        const transferable = c.type === 'reply' && !c.master;
        if (!transferable) E.add(L(p.container), 'Control', from, cdtWhy);
      }
    }
  }
  // sbta_ts and sbta_bounds
  for (const t of s.threads) {
    const from = L(t.id);
    const on = L(t.blockedOn);
    const why = `thread ${t.id} ${t.state}${t.blockedOn !== null ? ` on ${t.blockedOn}` : ''}`;
    if (t.state === 'BlockedOnNotification') E.add(from, 'Receive', on, why);
    if (t.state === 'BlockedOnSend') {
      E.add(from, 'SyncSend', on, why);
      if (t.canGrant) {
        E.add(from, 'Grant', on, why);
        E.add(from, 'Call', on, why);
      }
      if (t.canGrantReply) E.add(from, 'Call', on, why);
    }
    if (t.state === 'BlockedOnReceive') {
      E.add(from, 'Receive', on, why);
      if (t.canGrant) E.add(from, 'Grant', on, why);
    }
    if (t.boundNotification !== null) {
      const bwhy = `thread ${t.id} bound to ${t.boundNotification}`;
      E.add(from, 'Receive', L(t.boundNotification), bwhy);
      E.add(from, 'Reset', L(t.boundNotification), bwhy);
    }
  }
  // sbta_vref (vs_refs_aux) and sata_asid_lookup / sata_asidpool
  const poolOf = (asid: number) => s.caps.find((c) => c.type === 'asid_pool' && c.asidBase === (asid & ~511))?.object ?? null;
  for (const v of s.vspaces) {
    for (const t of v.tables) {
      if (t.parent !== null) E.add(L(t.parent), 'Control', L(t.id), `page table ${t.parent}[${t.index}] -> ${t.id}`);
    }
    for (const m of v.mappings) {
      const why = `mapping ${m.pt}[${m.index}] -> ${m.frame} ${m.rights} at ${m.vaddr}`;
      for (const a of vmRightsToAuth(m.rights)) E.add(L(m.pt), a, L(m.frame), why);
    }
    const pool = poolOf(v.asid);
    const al = asidLabel.get(v.asid);
    E.add(L(pool), 'Control', L(v.root), `ASID pool ${pool} entry ${v.asid & 511} -> ${v.root}`);
    E.add(al, 'Control', L(v.root), `ASID ${v.asid} -> ${v.root}`);
    if (v.asid !== 0) E.add(L(pool), 'ASIDPoolMapsASID', al, `ASID pool ${pool} maps ASID ${v.asid}`);
  }
  const edges = E.list();
  return { labels: lab.labels, edges, implied: impliedEdges(edges) };
}

/** Edges policy_wellformed adds to a policy (Access.thy): Call ⇒ SyncSend; Call+Receive ⇒ Reply; Reply ⇒
 *  DeleteDerived back; DeleteDerived is transitive. */
export function impliedEdges(edges: Edge[]): Edge[] {
  const have = new EdgeSet();
  for (const e of edges) have.add(e.from, e.auth, e.to, '');
  const out = new EdgeSet();
  const add = (f: string, a: Auth, t: string, why: string) => {
    if (have.has(f, a, t)) return;
    have.add(f, a, t, why);
    out.add(f, a, t, why);
  };
  const all = () => [...edges, ...out.list()];
  for (const e of edges) if (e.auth === 'Call') add(e.from, 'SyncSend', e.to, `Call ${e.from} -> ${e.to}`);
  for (const c of edges.filter((x) => x.auth === 'Call')) {
    for (const r of edges.filter((x) => x.auth === 'Receive' && x.to === c.to)) {
      add(r.from, 'Reply', c.from, `${c.from} calls and ${r.from} receives on ${c.to}`);
    }
  }
  for (const e of all()) if (e.auth === 'Reply') add(e.to, 'DeleteDerived', e.from, `Reply ${e.from} -> ${e.to}`);
  for (let changed = true; changed;) {
    changed = false;
    const dd = all().filter((x) => x.auth === 'DeleteDerived');
    for (const a of dd) for (const b of dd) {
      if (a.to === b.from && a.from !== b.to && !have.has(a.from, 'DeleteDerived', b.to)) {
        add(a.from, 'DeleteDerived', b.to, `DeleteDerived ${a.from} -> ${a.to} -> ${b.to}`);
        changed = true;
      }
    }
  }
  return out.list();
}

/**
 * Take-grant closure: the authority each label could come to hold by passing capabilities. Control over a
 * label lets a subject take its capabilities and give it its own; Grant to x lets a subject give its
 * capabilities to whoever can Receive on x; a subject that receives
 * with Grant on x can give to its callers through the reply. Trusted labels (a policy's `trusted` lines) are
 * assumed not to give their authority away; they can still be taken from. Returns the edges not in `edges`.
 */
export function takeGrantClosure(labels: string[], edges: Edge[], trusted: ReadonlySet<string> = new Set()): Edge[] {
  const n = labels.length;
  const idx = new Map(labels.map((l, i) => [l, i]));
  const K = AUTH_KINDS.length;
  const A = new Uint8Array(n * n * K);
  const set = (f: number, t: number, k: number) => { A[(f * n + t) * K + k] = 1; };
  // Only authority actually held counts here (self-authority is a policy convention, not capabilities).
  const has = (f: number, t: number, k: number) => A[(f * n + t) * K + k] === 1;
  for (const e of edges) {
    const f = idx.get(e.from), t = idx.get(e.to);
    if (f !== undefined && t !== undefined) set(f, t, AUTH_KINDS.indexOf(e.auth));
  }
  const kc = AUTH_KINDS.indexOf('Control'), kg = AUTH_KINDS.indexOf('Grant'), kr = AUTH_KINDS.indexOf('Receive');
  const kcall = AUTH_KINDS.indexOf('Call');
  const via = new Map<string, string>();
  /** dst gains everything src holds; `given`: src must act (a trusted src does not). */
  const flow = (src: number, dst: number, why: string, given = true): boolean => {
    let changed = false;
    if (given && trusted.has(labels[src])) return false;
    for (let t = 0; t < n; t++) for (let k = 0; k < K; k++) {
      if (t !== dst && has(src, t, k) && !has(dst, t, k)) {
        set(dst, t, k);
        via.set(`${dst},${t},${k}`, why);
        changed = true;
      }
    }
    return changed;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) {
      if (a === b) continue;
      if (A[(a * n + b) * K + kc] === 1) {
        // Taking needs no cooperation of b: even a trusted b can be taken from.
        changed = flow(b, a, `${labels[a]} takes from ${labels[b]} (Control)`, false) || changed;
        changed = flow(a, b, `${labels[a]} gives to ${labels[b]} (Control)`) || changed;
      }
      for (let x = 0; x < n; x++) {
        if (has(a, x, kg) && has(b, x, kr)) changed = flow(a, b, `${labels[a]} grants through ${labels[x]} to ${labels[b]}`) || changed;
        if (has(a, x, kg) && has(a, x, kr) && has(b, x, kcall)) changed = flow(a, b, `${labels[a]} grants to caller ${labels[b]} through the reply on ${labels[x]}`) || changed;
      }
    }
  }
  const out: Edge[] = [];
  const orig = new Set(edges.map((e) => `${idx.get(e.from)},${idx.get(e.to)},${AUTH_KINDS.indexOf(e.auth)}`));
  for (let f = 0; f < n; f++) for (let t = 0; t < n; t++) for (let k = 0; k < K; k++) {
    if (f === t || A[(f * n + t) * K + k] !== 1 || orig.has(`${f},${t},${k}`)) continue;
    out.push({ from: labels[f], to: labels[t], auth: AUTH_KINDS[k], reasons: [via.get(`${f},${t},${k}`) ?? 'closure'] });
  }
  return out.sort(edgeOrder);
}
