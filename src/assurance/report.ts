// The assurance report: one self-contained HTML page (no external resources) with the labelled authority graph
// as SVG (the DOT rendered by Graphviz compiled to WebAssembly, @viz-js/viz), the labelling used, the policy
// differences, the integrity summary, and tables of objects and capabilities. Also the graph as DOT (.dot).
import { instance } from '@viz-js/viz';
import { Snapshot } from './snapshot.js';
import { Labelling } from './labels.js';
import { AuthorityGraph, Edge } from './authority.js';
import { IntegritySummary } from './integrity.js';

export interface ReportInput {
  title: string;
  snapshot: Snapshot;
  labelling: Labelling;
  graph: AuthorityGraph;
  closure: Edge[];
  /** Present when a policy was given. */
  policy?: { file: string; violations: Edge[]; closureViolations: Edge[] };
  integrity?: IntegritySummary;
}

const dotId = (s: string): string => `"${s.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\n')}"`;

/** The labelled authority graph in DOT: one node per label, one edge per label pair listing the kinds. */
export function graphToDot(g: AuthorityGraph, lab: Labelling, highlight: Edge[] = []): string {
  const bad = new Set(highlight.map((e) => `${e.from}\u0000${e.to}`));
  const pairs = new Map<string, string[]>();
  for (const e of g.edges) {
    const k = `${e.from}\u0000${e.to}`;
    pairs.set(k, [...(pairs.get(k) ?? []), e.auth]);
  }
  const lines = ['digraph authority {', '  rankdir=LR;', '  node [shape=box, style="rounded,filled", fillcolor="#eef3fb", fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=10];'];
  for (const l of g.labels) {
    const threads = lab.threads.get(l) ?? [];
    const shape = threads.length > 0 ? '' : ', shape=ellipse, fillcolor="#f4f4f4"';
    lines.push(`  ${dotId(l)} [label=${dotId(threads.length > 0 ? `${l}\n(${threads.length} thread${threads.length === 1 ? '' : 's'})` : l)}${shape}];`);
  }
  for (const [k, kinds] of [...pairs.entries()].sort()) {
    const [f, t] = k.split('\u0000');
    const style = bad.has(k) ? ', color="#c0392b", fontcolor="#c0392b", penwidth=2' : '';
    lines.push(`  ${dotId(f)} -> ${dotId(t)} [label=${dotId(kinds.length === 12 ? 'all (Grant: UNIV)' : kinds.join(', '))}${style}];`);
  }
  lines.push('}', '');
  return lines.join('\n');
}

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function table(head: string[], rows: string[][]): string {
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>` +
    rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('') + '</tbody></table>';
}

function edgeRows(edges: Edge[]): string[][] {
  return edges.map((e) => [e.from, e.auth, e.to, e.reasons.join('; ')]);
}

export async function renderReport(r: ReportInput): Promise<string> {
  const viz = await instance();
  const dot = graphToDot(r.graph, r.labelling, r.policy?.violations ?? []);
  const svg = viz.renderString(dot, { format: 'svg', engine: 'dot' }).replace(/^<\?xml[^>]*>\s*(<!DOCTYPE[^>]*>\s*)?/, '');
  const s = r.snapshot;
  const parts: string[] = [];
  parts.push(`<h1>${esc(r.title)}</h1>`);
  parts.push(`<p>Snapshot: ${esc(s.taken.reason)}, cycle ${s.taken.cycles}, ${s.taken.instructions} instructions; ` +
    `${s.objects.length} objects, ${s.caps.length} capabilities, ${s.threads.length} threads.</p>`);
  parts.push('<h2>Authority graph</h2>', `<div class="graph">${svg}</div>`);
  parts.push('<p>Kinds as in l4v\'s access-control model; an endpoint capability with Grant confers every kind (UNIV). ' +
    'Self-authority is implicit. Red edges are not allowed by the policy.</p>');
  parts.push('<h2>Policy</h2>');
  if (r.policy === undefined) {
    parts.push('<p>No policy given. A policy allowing exactly the graph:</p>');
    const groups = new Map<string, string[]>();
    for (const e of r.graph.edges) groups.set(`${e.from} -> ${e.to}`, [...(groups.get(`${e.from} -> ${e.to}`) ?? []), e.auth]);
    parts.push(`<pre>${esc([...groups].map(([k, v]) => `${k} : ${v.join(', ')}`).join('\n'))}</pre>`);
  } else {
    const v = r.policy.violations, cv = r.policy.closureViolations;
    parts.push(`<p>Policy file <code>${esc(r.policy.file)}</code>: <b class="${v.length > 0 ? 'bad' : 'ok'}">${v.length} edge${v.length === 1 ? '' : 's'} of the graph not allowed</b>, ` +
      `<b class="${cv.length > 0 ? 'bad' : 'ok'}">${cv.length} edge${cv.length === 1 ? '' : 's'} of the take-grant closure not allowed</b>.</p>`);
    if (v.length > 0) parts.push('<h3>Graph edges the policy does not allow</h3>', table(['from', 'authority', 'to', 'conferred by'], edgeRows(v)));
    if (cv.length > 0) parts.push('<h3>Closure edges the policy does not allow</h3>', table(['from', 'authority', 'to', 'how'], edgeRows(cv)));
  }
  parts.push('<h2>Integrity</h2>');
  if (r.integrity === undefined) parts.push('<p>The integrity monitor was not run (<code>--check integrity</code>).</p>');
  else {
    const i = r.integrity;
    parts.push(`<p><b class="${i.violationCount > 0 ? 'bad' : 'ok'}">integrity: ${i.writesChecked} writes checked, ${i.violationCount} violations</b> ` +
      `(${i.userStores} user stores, ${i.kernelWrites} kernel writes; policy: ${i.policy === 'file' ? 'the policy file' : 'the authority graph of each state'}; relabelled ${i.relabels} times).</p>`);
    if (i.violations.length > 0) parts.push(table(['subject', 'object', 'write', 'address', 'missing authority', 'kernel entry'], i.violations.map((v) => [v.subject, v.object, v.write, v.address, v.missing, String(v.kernelEntry)])));
  }
  parts.push('<h2>Labelling</h2>', table(['label', 'threads', 'objects'], r.labelling.labels.map((l) => [
    l, (r.labelling.threads.get(l) ?? []).join(', '), String([...r.labelling.of.values()].filter((x) => x === l).length)])));
  parts.push('<h2>Authority edges</h2>', table(['from', 'authority', 'to', 'conferred by'], edgeRows(r.graph.edges)));
  if (r.closure.length > 0) parts.push('<h2>Take-grant closure (edges beyond the graph)</h2>', table(['from', 'authority', 'to', 'how'], edgeRows(r.closure)));
  parts.push('<h2>Threads</h2>', table(['thread', 'label', 'state', 'blocked on', 'prio', 'CSpace', 'VSpace'], s.threads.map((t) => [
    `${t.name} (${t.id})`, r.labelling.of.get(t.id) ?? '', t.state, t.blockedOn ?? '', String(t.priority), t.cspace ?? '', t.vspace ?? ''])));
  parts.push('<h2>Objects</h2>', table(['object', 'type', 'paddr', 'size bits', 'label', 'why'], s.objects.map((o) => [
    o.id, o.type, o.paddr ?? '', String(o.sizeBits), r.labelling.of.get(o.id) ?? '', r.labelling.why.get(o.id) ?? ''])));
  parts.push('<h2>Capabilities</h2>', table(['slot', 'path', 'type', 'object', 'rights', 'badge', 'parent'], s.caps.map((c) => [
    c.slot, c.path ?? '', c.type, c.object ?? '', c.rights ?? '', c.badge ?? '', c.parent ?? ''])));
  const css = 'body{font-family:Helvetica,Arial,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:12px}' +
    'td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}th{background:#f0f0f0}.bad{color:#c0392b}.ok{color:#1e8449}' +
    '.graph svg{max-width:100%;height:auto}pre{background:#f7f7f7;padding:.5em}';
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${esc(r.title)}</title><style>${css}</style></head><body>\n${parts.join('\n')}\n</body></html>\n`;
}
