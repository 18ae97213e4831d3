// The RapiLog report: the throughput table and the drain-time distribution as a self-contained HTML page with
// inline SVG, and the same figures as text for the terminal.
import type { ThroughputRow, PolicyCampaign } from './campaign.js';
import { tps } from './campaign.js';
import { POLICIES } from './driver.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function throughputText(rows: ThroughputRow[], journal: string): string {
  const models = [...new Set(rows.map((r) => r.model))];
  let s = `TPC-B-like transactions per second of virtual time (SQLite ${journal === 'wal' ? 'WAL' : 'rollback journal'}, synchronous=FULL)\n`;
  s += `policy    ${models.map((m) => m.padStart(10)).join('')}\n`;
  for (const p of POLICIES) s += `${p.padEnd(10)}${models.map((m) => tps(rows, p, m).toFixed(1).padStart(10)).join('')}\n`;
  if (models.includes('hdd')) {
    s += `rapilog/sync on hdd: ${(tps(rows, 'rapilog', 'hdd') / tps(rows, 'sync', 'hdd')).toFixed(2)} (paper: about 2)\n`;
    s += `unsafe/rapilog on hdd: ${(tps(rows, 'unsafe', 'hdd') / tps(rows, 'rapilog', 'hdd')).toFixed(2)}\n`;
    if (models.includes('ssd')) s += `rapilog on hdd / sync on ssd: ${(tps(rows, 'rapilog', 'hdd') / tps(rows, 'sync', 'ssd')).toFixed(2)} (paper: hdd with RapiLog about matches ssd)\n`;
    const ok = tps(rows, 'unsafe', 'hdd') >= tps(rows, 'rapilog', 'hdd') && tps(rows, 'rapilog', 'hdd') > tps(rows, 'sync', 'hdd');
    s += `ordering unsafe >= rapilog > sync on hdd: ${ok ? 'holds' : 'VIOLATED'}\n`;
  }
  return s;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

export function campaignText(res: PolicyCampaign[], holdupMs: number, budgetUs: number): string {
  let s = `crash campaign: policy, power cuts, corrupt, acknowledged commits lost (in how many cuts), host sqlite3 (corrupt, lost), kills (lost), drain after the interrupt\n`;
  for (const p of res) {
    const d = p.drainsUs;
    const drain = d.length === 0 ? '-' : `max ${(Math.max(...d) / 1000).toFixed(2)} ms, median ${(quantile(d, 0.5) / 1000).toFixed(2)} ms (budget ${budgetUs / 1000} ms, hold-up ${holdupMs} ms)`;
    s += `${p.policy.padEnd(8)} cuts ${p.cuts}, corrupt ${p.corrupt}, lost ${p.lost} (in ${p.trialsWithLoss}), host: corrupt ${p.hostCorrupt}, lost ${p.hostLost}; kills ${p.kills}, corrupt ${p.killCorrupt}, lost ${p.killLost}; drain ${drain}\n`;
  }
  return s;
}

function barChart(rows: ThroughputRow[]): string {
  const models = [...new Set(rows.map((r) => r.model))];
  const max = Math.max(...rows.map((r) => r.tps));
  const W = 560, H = 260, left = 50, bottom = 30, gw = (W - left) / models.length, bw = gw / 4;
  const colors: Record<string, string> = { sync: '#4878a8', rapilog: '#e07b39', unsafe: '#999' };
  let g = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H + 20}" font-family="sans-serif" font-size="12">`;
  g += `<line x1="${left}" y1="${H - bottom}" x2="${W}" y2="${H - bottom}" stroke="#000"/>`;
  for (let k = 0; k <= 4; k++) {
    const v = (max * k) / 4, y = H - bottom - ((H - bottom - 10) * k) / 4;
    g += `<text x="${left - 5}" y="${y + 4}" text-anchor="end">${v.toFixed(0)}</text><line x1="${left}" y1="${y}" x2="${W}" y2="${y}" stroke="#ddd"/>`;
  }
  models.forEach((m, i) => {
    POLICIES.forEach((p, j) => {
      const v = tps(rows, p, m), h = ((H - bottom - 10) * v) / max, x = left + i * gw + (j + 0.5) * bw;
      g += `<rect x="${x}" y="${H - bottom - h}" width="${bw * 0.9}" height="${h}" fill="${colors[p]}"><title>${p} on ${m}: ${v.toFixed(1)} tx/s</title></rect>`;
      g += `<text x="${x + bw * 0.45}" y="${H - bottom - h - 3}" text-anchor="middle" font-size="10">${v.toFixed(0)}</text>`;
    });
    g += `<text x="${left + i * gw + gw / 2}" y="${H - bottom + 16}" text-anchor="middle">${m}</text>`;
  });
  POLICIES.forEach((p, j) => { g += `<rect x="${left + 10 + j * 90}" y="${H + 2}" width="10" height="10" fill="${colors[p]}"/><text x="${left + 24 + j * 90}" y="${H + 11}">${p}</text>`; });
  return g + '</svg>';
}

function drainHistogram(drainsUs: number[], holdupMs: number, budgetUs: number): string {
  const W = 560, H = 220, left = 40, bottom = 30, maxMs = holdupMs, bins = 25;
  const counts = new Array(bins).fill(0);
  for (const d of drainsUs) counts[Math.min(bins - 1, Math.floor((d / 1000 / maxMs) * bins))]++;
  const cmax = Math.max(1, ...counts), bw = (W - left - 10) / bins;
  let g = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`;
  counts.forEach((c, i) => {
    const h = ((H - bottom - 20) * c) / cmax;
    g += `<rect x="${left + i * bw}" y="${H - bottom - h}" width="${bw - 1}" height="${h}" fill="#e07b39"><title>${((i * maxMs) / bins).toFixed(0)}-${(((i + 1) * maxMs) / bins).toFixed(0)} ms: ${c}</title></rect>`;
  });
  const xb = left + ((budgetUs / 1000) / maxMs) * (W - left - 10);
  g += `<line x1="${xb}" y1="10" x2="${xb}" y2="${H - bottom}" stroke="#4878a8" stroke-dasharray="4"/><text x="${xb + 3}" y="20" fill="#4878a8">budget ${budgetUs / 1000} ms</text>`;
  g += `<line x1="${W - 10}" y1="10" x2="${W - 10}" y2="${H - bottom}" stroke="#c00"/><text x="${W - 12}" y="34" text-anchor="end" fill="#c00">hold-up ${holdupMs} ms</text>`;
  g += `<line x1="${left}" y1="${H - bottom}" x2="${W - 10}" y2="${H - bottom}" stroke="#000"/>`;
  for (let k = 0; k <= 5; k++) g += `<text x="${left + (k / 5) * (W - left - 10)}" y="${H - bottom + 15}" text-anchor="middle">${((k * maxMs) / 5).toFixed(0)}</text>`;
  g += `<text x="${W / 2}" y="${H - 2}" text-anchor="middle">drain time after the power-fail interrupt (ms), ${drainsUs.length} cuts</text>`;
  return g + '</svg>';
}

export function htmlReport(o: { rows: ThroughputRow[]; journal: string; campaign: PolicyCampaign[] | null; holdupMs: number; budgetUs: number }): string {
  let h = `<!doctype html><html><head><meta charset="utf-8"><title>RapiLog on sel4ts</title>
<style>body{font-family:sans-serif;max-width:760px;margin:2em auto}table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:3px 8px;text-align:right}pre{background:#f4f4f4;padding:8px}</style></head><body>
<h1>RapiLog on sel4ts</h1><p>SQLite (unmodified amalgamation) in its own seL4 process on a VFS served by the trusted disk server; TPC-B-like workload; virtual time.</p>
<h2>Throughput</h2>${barChart(o.rows)}<pre>${esc(throughputText(o.rows, o.journal))}</pre>`;
  if (o.campaign !== null) {
    const drains = o.campaign.flatMap((p) => p.drainsUs);
    h += `<h2>Durability</h2><table><tr><th>policy</th><th>power cuts</th><th>corrupt</th><th>lost acknowledged commits</th><th>cuts with loss</th><th>host sqlite3: corrupt / lost</th><th>kills</th><th>lost after kill</th></tr>`;
    for (const p of o.campaign) h += `<tr><td>${p.policy}</td><td>${p.cuts}</td><td>${p.corrupt}</td><td>${p.lost}</td><td>${p.trialsWithLoss}</td><td>${p.hostCorrupt} / ${p.hostLost}</td><td>${p.kills}</td><td>${p.killLost}</td></tr>`;
    h += `</table><h2>Drain time (rapilog)</h2>${drainHistogram(drains, o.holdupMs, o.budgetUs)}<pre>${esc(campaignText(o.campaign, o.holdupMs, o.budgetUs))}</pre>`;
  }
  return h + '</body></html>\n';
}
