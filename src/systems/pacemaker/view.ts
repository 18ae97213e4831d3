// The live terminal view of the pacemaker demo: an ECG-like strip of the last 30 s (sensed and paced beats, missed
// time), the counters, the pacer's worst slack and the tail of the attack log, redrawn in place on a terminal.
// Without a terminal it prints one progress line every 10% of the run instead.
import type { Progress } from './demo.js';

const STRIP_S = 30;
const STRIP_CHARS = 120;
const LOG_LINES = 8;

/** One character per 250 ms: '_' baseline, '^' sensed beat, 'P' paced beat, '!' inside a missed beat. */
export function ecgStrip(p: Progress, width = STRIP_CHARS, spanS = STRIP_S): string {
  const end = p.timeS;
  const start = end - spanS;
  const cell = spanS / width;
  const chars = new Array<string>(width).fill('_');
  const beats = p.beats;
  let prev = 0;
  for (let i = 0; i <= beats.length; i++) {
    const t = i < beats.length ? beats[i].ns / 1e9 : end;
    // Time past lower rate + tolerance with no beat is a missed beat.
    if (t - prev > 1.05) {
      for (let x = Math.max(prev + 1.05, start); x < t; x += cell) {
        const c = Math.floor((x - start) / cell);
        if (c >= 0 && c < width) chars[c] = '!';
      }
    }
    if (i < beats.length && t >= start) {
      const c = Math.min(width - 1, Math.floor((t - start) / cell));
      if (c >= 0) chars[c] = beats[i].kind === 'paced' ? 'P' : '^';
    }
    prev = t;
  }
  return chars.join('');
}

export class LiveView {
  private drawn = 0;
  private lastDraw = 0;
  private lastPct = -1;

  constructor(private readonly title: string, private readonly tty: boolean, private readonly out: NodeJS.WriteStream) {}

  update(p: Progress, force = false): void {
    if (!this.tty) {
      const pct = Math.floor((p.timeS / p.durationS) * 10) * 10;
      if (pct !== this.lastPct && (pct % 10 === 0)) {
        this.lastPct = pct;
        this.out.write(`sel4ts pacemaker: ${p.timeS.toFixed(0)}/${p.durationS} s of patient time (${pct}%), ` +
          `${p.beats.length} beats, ${p.missed} missed, wall ${p.wallS.toFixed(1)} s\n`);
      }
      return;
    }
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const paced = p.beats.reduce((n, b) => n + (b.kind === 'paced' ? 1 : 0), 0);
    const attacks = p.attempts.slice(-LOG_LINES).map((a) => `  [${a.timeS.toFixed(3).padStart(8)} s] ${a.attack}: ${a.op} ${a.target} -> ${a.result}`);
    while (attacks.length < LOG_LINES) attacks.push('');
    const bar = Math.round((p.timeS / p.durationS) * 40);
    const lines = [
      `${this.title}`,
      `patient time ${p.timeS.toFixed(0).padStart(4)} / ${p.durationS} s [${'#'.repeat(bar)}${'.'.repeat(40 - bar)}]  wall ${p.wallS.toFixed(1)} s`,
      `ECG, last ${STRIP_S} s (^ sensed, P paced, ! missed):`,
      `  ${ecgStrip(p)}`,
      `beats ${p.beats.length} (${p.beats.length - paced} sensed, ${paced} paced)   missed ${p.missed}   worst slack ${Number.isFinite(p.worstSlackMs) ? p.worstSlackMs.toFixed(3) : '-'} ms`,
      `attack log (${p.attempts.length} attempts):`,
      ...attacks,
    ];
    let s = this.drawn > 0 ? `\x1b[${this.drawn}A` : '';
    const cols = (this.out.columns ?? 0) > 0 ? this.out.columns : 160;
    for (const l of lines) s += `\x1b[2K${l.slice(0, cols - 1)}\n`;
    this.out.write(s);
    this.drawn = lines.length;
  }
}
