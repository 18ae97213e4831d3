// The playground's Web Worker: the same sel4ts System as the CLI (compiled by tsc into dist/), driven in slices
// so pause, step and reset messages get through while a system runs.
import { System } from '../dist/src/system.js';
import { THREAD_STATE_NAMES } from '../dist/src/kernel/structures.js';
import { capDLSnapshot } from '../dist/src/kernel/debug.js';

const SLICE = 2_000_000; // instructions between looks at the message queue (~10-50 ms)
let elf = null;
let sys = null;
let running = false;
let ended = null;
let out = [];
let runWall = 0; // ms spent running
let runInsns = 0; // instructions executed while running
/** The page's generation of the current system (set by load and reset), echoed in every message. */
let gen = 0;
let peakMips = 0; // the fastest full slice (steady state, after the JIT has warmed up)

function create() {
  out = [];
  ended = null;
  runWall = 0;
  runInsns = 0;
  peakMips = 0;
  try {
    sys = new System(elf, { putchar: (c) => out.push(c) });
  } catch (e) {
    sys = null;
    ended = `cannot boot this image: ${e.message}`;
  }
  post();
}

function flushOut() {
  if (out.length === 0) return;
  let s = '';
  for (let i = 0; i < out.length; i += 4096) s += String.fromCharCode(...out.slice(i, i + 4096));
  out = [];
  postMessage({ type: 'out', text: s, gen });
}

function threads() {
  if (sys === null) return [];
  const ks = sys.ks;
  const list = [];
  for (const t of ks.threads) {
    if (t === ks.idleThread) continue;
    list.push({
      name: t.name || `tcb_${t.paddr.toString(16)}`, state: THREAD_STATE_NAMES[t.state] ?? String(t.state),
      priority: t.priority, current: t === ks.curThread, pc: '0x' + t.regs.getPC().toString(16),
    });
  }
  return list;
}

function post(withCaps = !running) {
  flushOut();
  postMessage({
    type: 'state', gen, running, ended,
    instructions: sys?.instructions ?? 0, cycles: sys?.cycles ?? 0, cpuHz: sys?.config.cpuHz ?? 100e6,
    mips: runWall > 0 ? runInsns / runWall / 1000 : 0,
    peakMips,
    threads: threads(),
    caps: withCaps && sys !== null ? capDLSnapshot(sys.ks) : null,
  });
}

function finish(r) {
  // StopReason is a const enum (not in the JS): its values are these strings.
  if (r.reason !== 'insn-limit' && r.reason !== 'time-limit') {
    ended = `${r.reason}: ${r.message}`;
    running = false;
  }
}

function loop() {
  if (!running || sys === null) return;
  const t0 = performance.now();
  const i0 = sys.instructions;
  let r;
  try {
    r = sys.run(SLICE);
  } catch (e) {
    running = false;
    ended = `sel4ts internal error (a bug): ${e.message}`;
    post();
    return;
  }
  const ms = performance.now() - t0;
  runWall += ms;
  runInsns += sys.instructions - i0;
  if (sys.instructions - i0 === SLICE && ms > 0) peakMips = Math.max(peakMips, SLICE / ms / 1000);
  finish(r);
  post(false);
  if (running) setTimeout(loop, 0);
  else post(true);
}

onmessage = (ev) => {
  const m = ev.data;
  switch (m.type) {
    case 'load':
      running = false;
      gen = m.gen;
      elf = new Uint8Array(m.elf);
      create();
      break;
    case 'reset':
      running = false;
      gen = m.gen;
      if (elf !== null) create();
      break;
    case 'run':
      if (sys !== null && ended === null && !running) { running = true; post(false); setTimeout(loop, 0); }
      break;
    case 'pause':
      if (running) { running = false; post(true); }
      break;
    case 'step':
      if (sys !== null && ended === null && !running) {
        try {
          finish(sys.run(1));
        } catch (e) {
          ended = `sel4ts internal error (a bug): ${e.message}`;
        }
        post(true);
      }
      break;
    case 'input':
      if (sys !== null) sys.board.uart.feed(new Uint8Array(m.bytes));
      break;
  }
};
