// Virtual-time event queue: devices schedule callbacks at absolute times (in CPU cycles of the 100 MHz core).
// Events at the same time run in the order they were scheduled, so a run is fully deterministic.

export interface EventHandle {
  readonly time: number;
  /** Set by cancel(); a cancelled event never runs. */
  cancelled: boolean;
}

interface Ev extends EventHandle {
  readonly seq: number;
  readonly fn: () => void;
}

export class EventQueue {
  /** Binary min-heap on (time, seq). */
  private heap: Ev[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  /** Run `fn` when virtual time reaches `time` (cycles). */
  schedule(time: number, fn: () => void): EventHandle {
    const e: Ev = { time, seq: this.seq++, fn, cancelled: false };
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
    return e;
  }

  cancel(e: EventHandle | null): void {
    if (e !== null) e.cancelled = true;
  }

  /** Time of the earliest live event, or Infinity. */
  nextTime(): number {
    this.dropCancelled();
    return this.heap.length === 0 ? Infinity : this.heap[0].time;
  }

  /** Run every event due at or before `now`, in (time, scheduling order). Events may schedule more events. */
  runDue(now: number): void {
    for (;;) {
      this.dropCancelled();
      const h = this.heap;
      if (h.length === 0 || h[0].time > now) return;
      const e = this.pop();
      e.fn();
    }
  }

  private dropCancelled(): void {
    while (this.heap.length > 0 && this.heap[0].cancelled) this.pop();
  }

  private pop(): Ev {
    const h = this.heap;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < h.length && less(h[l], h[m])) m = l;
        if (r < h.length && less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}

function less(a: Ev, b: Ev): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}
