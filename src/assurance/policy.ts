// Policies: the label→label authorities a user allows (l4v's pasPolicy), checked against the actual graph and,
// separately, against its take-grant closure.
//
// File format, one rule a line, `#` comments:
//   client -> server : SyncSend, Call, Grant
//   * -> shared : Read, Write          (`*` for any label; as a kind, `*` allows every kind)
//   trusted rootserver                 (the take-grant closure assumes it gives no authority away)
import { AUTH_KINDS, Auth, Edge } from './authority.js';

export interface PolicyRule {
  from: string;
  to: string;
  kinds: Set<Auth>;
  line: number;
}

export interface Policy {
  rules: PolicyRule[];
  trusted: Set<string>;
}

export class PolicySyntaxError extends Error {}

export function parsePolicy(text: string): Policy {
  const rules: PolicyRule[] = [];
  const trusted = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const t = /^trusted\s+([A-Za-z][A-Za-z0-9_]*)$/.exec(line);
    if (t !== null) {
      trusted.add(t[1]);
      return;
    }
    const m = /^(\*|[A-Za-z][A-Za-z0-9_]*)\s*->\s*(\*|[A-Za-z][A-Za-z0-9_]*)\s*:\s*(.+)$/.exec(line);
    if (m === null) throw new PolicySyntaxError(`line ${i + 1}: expected 'FROM -> TO : KIND, ...' or 'trusted LABEL'`);
    const kinds = new Set<Auth>();
    for (const k of m[3].split(',').map((x) => x.trim())) {
      if (k === '*') AUTH_KINDS.forEach((a) => kinds.add(a));
      else if ((AUTH_KINDS as readonly string[]).includes(k)) kinds.add(k as Auth);
      else throw new PolicySyntaxError(`line ${i + 1}: unknown authority '${k}' (expected one of ${AUTH_KINDS.join(', ')} or *)`);
    }
    rules.push({ from: m[1], to: m[2], kinds, line: i + 1 });
  });
  return { rules, trusted };
}

export function allows(p: Policy, from: string, auth: Auth, to: string): boolean {
  if (from === to) return true; // every label has all authority over itself (policy_wellformed)
  return p.rules.some((r) => (r.from === '*' || r.from === from) && (r.to === '*' || r.to === to) && r.kinds.has(auth));
}

/** Edges the policy does not allow. */
export function violations(p: Policy, edges: Edge[]): Edge[] {
  return edges.filter((e) => !allows(p, e.from, e.auth, e.to));
}

/** A policy allowing exactly these edges (a starting point for a user's policy file). */
export function formatPolicy(edges: Edge[]): string {
  const groups = new Map<string, Auth[]>();
  for (const e of edges) {
    const k = `${e.from} -> ${e.to}`;
    groups.set(k, [...(groups.get(k) ?? []), e.auth]);
  }
  return [...groups.entries()].map(([k, v]) => `${k} : ${v.join(', ')}`).join('\n') + '\n';
}
