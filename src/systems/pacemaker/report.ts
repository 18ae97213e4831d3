// The pacemaker demo's HTML report: the verdict, the rhythm (every beat-to-beat interval over the run, with the
// episodes, the lower-rate limit and the missed beats), the histogram of the pacer's slack on paced beats, every
// attack attempt with what it got, the assurance sections when the tools exist, and the console log. Plots are SVG
// generated here, so the page is one self-contained file.
import { verdictLines, type PacemakerResult } from './demo.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Beat-to-beat intervals against time; y in ms (0..3500), limit line at 1050 ms. */
export function rhythmSvg(r: PacemakerResult, width = 1000, height = 260): string {
  const pad = 40;
  const w = width - 2 * pad, h = height - 2 * pad;
  const maxMs = 3500;
  const x = (s: number): number => pad + (s / r.durationS) * w;
  const y = (ms: number): number => pad + h - (Math.min(ms, maxMs) / maxMs) * h;
  const parts: string[] = [];
  for (const e of r.episodes) {
    if (e.kind === 'normal') continue;
    const x0 = x(e.startNs / 1e9), x1 = x(Math.min(e.endNs / 1e9, r.durationS));
    parts.push(`<rect x="${x0.toFixed(1)}" y="${pad}" width="${Math.max(0.5, x1 - x0).toFixed(1)}" height="${h}" fill="${e.kind === 'brady' ? '#fde7c8' : '#f9d0d0'}"/>`);
  }
  parts.push(`<line x1="${pad}" x2="${pad + w}" y1="${y(1050).toFixed(1)}" y2="${y(1050).toFixed(1)}" stroke="#c00" stroke-dasharray="4 3"/>`);
  parts.push(`<text x="${pad + w - 4}" y="${(y(1050) - 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#c00">lower rate 60 bpm + 50 ms</text>`);
  let prev = 0;
  for (const b of r.beats) {
    const t = b.ns / 1e9;
    const iv = (b.ns - prev) / 1e6;
    prev = b.ns;
    const color = iv > 1050 ? '#d00' : b.kind === 'paced' ? '#1565c0' : '#2e7d32';
    parts.push(`<circle cx="${x(t).toFixed(1)}" cy="${y(iv).toFixed(1)}" r="${iv > 1050 ? 3 : 1.6}" fill="${color}"/>`);
  }
  for (const s of [0, 1000, 2000, 3000]) {
    parts.push(`<text x="${pad - 4}" y="${(y(s) + 4).toFixed(1)}" text-anchor="end" font-size="10">${s}</text>`);
  }
  const ticks = 10;
  for (let i = 0; i <= ticks; i++) {
    const s = (r.durationS / ticks) * i;
    parts.push(`<text x="${x(s).toFixed(1)}" y="${pad + h + 14}" text-anchor="middle" font-size="10">${s.toFixed(0)} s</text>`);
  }
  parts.push(`<rect x="${pad}" y="${pad}" width="${w}" height="${h}" fill="none" stroke="#999"/>`);
  parts.push(`<text x="${pad}" y="${pad - 8}" font-size="12">beat-to-beat interval (ms): green sensed, blue paced, red missed; shaded: bradycardia (orange), pauses (red)</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">${parts.join('')}</svg>`;
}

/** Histogram of the slack (ms) of every paced beat: lower rate + tolerance minus the interval the pacer ended. */
export function slackSvg(r: PacemakerResult, width = 500, height = 220): string {
  const pad = 40;
  const w = width - 2 * pad, h = height - 2 * pad;
  const v = r.pacedSlackMs;
  if (v.length === 0) return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="40"><text x="10" y="20" font-size="12">no paced beats</text></svg>`;
  const lo = Math.floor(Math.min(...v, 0) / 5) * 5, hi = Math.max(50, Math.ceil(Math.max(...v) / 5) * 5);
  const bins = 25;
  const bw = (hi - lo) / bins || 1;
  const counts = new Array<number>(bins).fill(0);
  for (const s of v) counts[Math.min(bins - 1, Math.max(0, Math.floor((s - lo) / bw)))]++;
  const max = Math.max(...counts);
  const parts: string[] = [];
  counts.forEach((c, i) => {
    const bh = (c / max) * h;
    const x0 = pad + (i / bins) * w;
    const neg = lo + i * bw < 0;
    parts.push(`<rect x="${x0.toFixed(1)}" y="${(pad + h - bh).toFixed(1)}" width="${(w / bins - 1).toFixed(1)}" height="${bh.toFixed(1)}" fill="${neg ? '#d00' : '#1565c0'}"><title>${(lo + i * bw).toFixed(1)}..${(lo + (i + 1) * bw).toFixed(1)} ms: ${c}</title></rect>`);
  });
  parts.push(`<text x="${pad}" y="${pad + h + 14}" font-size="10">${lo} ms</text><text x="${pad + w}" y="${pad + h + 14}" font-size="10" text-anchor="end">${hi} ms</text>`);
  parts.push(`<text x="${pad}" y="${pad - 8}" font-size="12">slack of paced beats (ms), ${v.length} paces; max count ${max}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">${parts.join('')}</svg>`;
}

export function reportHtml(r: PacemakerResult): string {
  const v = verdictLines(r);
  const ok = /kept safe/.test(v[v.length - 1]) && !/NOT/.test(v[v.length - 1]);
  const rows = r.attempts.map((a) =>
    `<tr><td>${a.timeS.toFixed(6)}</td><td>${esc(a.attack)}</td><td>${esc(a.op)}</td><td><code>${esc(a.target)}</code></td><td>${esc(a.result)}</td><td>${a.extra ?? ''}</td></tr>`).join('\n');
  const summary = r.attacks.map((a) =>
    `<tr><td>${esc(a.name)}</td><td>${a.attempts}</td><td>${esc(Object.entries(a.results).map(([k, n]) => `${k} ×${n}`).join(', '))}</td><td>${r.options.isolation ? (a.contained ? 'contained' : '<b>not contained</b>') : '-'}</td></tr>`).join('\n');
  const assurance = r.assurance.length === 0
    ? '<p>The authority graph and the integrity monitor are not part of this build; their results will appear here.</p>'
    : r.assurance.map((s) => `<h3>${esc(s.title)}</h3><ul>${s.lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>${s.svg ?? ''}`).join('\n');
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>sel4ts pacemaker: ${ok ? 'safe' : 'NOT safe'}</title>
<style>body{font-family:sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px}
.ok{color:#2e7d32}.bad{color:#c00}pre{background:#f6f6f6;padding:1em;max-height:40em;overflow:auto;font-size:12px}</style></head>
<body>
<h1>sel4ts pacemaker demo: <span class="${ok ? 'ok' : 'bad'}">${ok ? 'the patient was kept safe' : 'the patient was NOT kept safe'}</span></h1>
<pre>${v.map(esc).join('\n')}</pre>
<p>Wall time ${r.wallS.toFixed(1)} s, ${r.instructions} instructions emulated. The virtual patient (the device, not the software) counts a missed beat for every
interval longer than the lower-rate interval (1000 ms) plus 50 ms.</p>
<h2>Rhythm</h2>
${rhythmSvg(r)}
<h2>Pacer slack</h2>
${slackSvg(r)}
<h2>Attacks</h2>
<table><tr><th>attack</th><th>attempts</th><th>results</th><th></th></tr>
${summary}
</table>
<details><summary>every attempt (${r.attempts.length})</summary>
<table><tr><th>time (s)</th><th>attack</th><th>operation</th><th>target</th><th>result</th><th>extra</th></tr>
${rows}
</table></details>
<h2>Assurance</h2>
${assurance}
<h2>Console</h2>
<details><summary>${r.log.length} lines</summary><pre>${esc(r.log.join('\n'))}</pre></details>
</body></html>
`;
}
