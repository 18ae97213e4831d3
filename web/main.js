// Playground page: the terminal, controls and views; the system itself runs in worker.js.
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import helloUrl from '../examples/hello/hello.elf?url';
import multiUrl from '../examples/multi/multi.elf?url';
import debugUrl from '../examples/debug/debug.elf?url';
import computeUrl from '../bench/compute/compute-small.elf?url';

const EXAMPLES = { hello: helloUrl, multi: multiUrl, debug: debugUrl, compute: computeUrl };
const $ = (id) => document.getElementById(id);
const term = new Terminal({ convertEol: true, rows: 24, cols: 100, fontSize: 13, scrollback: 5000 });
term.open($('terminal'));
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });

// For tests and curious users: everything the console printed, and the last state.
const playground = { console: '', state: null, loaded: null };
window.sel4tsPlayground = playground;

// Each load and reset starts a new generation: output and state of an older system that arrive late are dropped.
let generation = 0;

worker.onmessage = (ev) => {
  const m = ev.data;
  if (m.gen !== generation) return;
  if (m.type === 'out') {
    playground.console += m.text;
    term.write(m.text);
    return;
  }
  if (m.type !== 'state') return;
  playground.state = m;
  $('vtime').textContent = `${((m.cycles / m.cpuHz) * 1000).toFixed(3)} ms`;
  $('insns').textContent = m.instructions.toLocaleString('en');
  $('mips').textContent = m.mips > 0 ? m.mips.toFixed(1) : '–';
  $('status').textContent = m.ended ?? (m.running ? 'running' : m.instructions === 0 ? 'ready' : 'paused');
  $('run').disabled = m.running || m.ended !== null;
  $('step').disabled = m.running || m.ended !== null;
  $('pause').disabled = !m.running;
  const tb = $('threads').querySelector('tbody');
  tb.replaceChildren(...m.threads.map((t) => {
    const tr = document.createElement('tr');
    if (t.current) tr.className = 'current';
    for (const v of [t.current ? '▶' : '', t.name, t.state, String(t.priority), t.pc]) {
      const td = document.createElement('td');
      td.textContent = v;
      tr.append(td);
    }
    return tr;
  }));
  if (m.caps !== null) $('caps').textContent = m.caps;
};

function load(name, bytes) {
  term.reset();
  playground.console = '';
  playground.loaded = name;
  $('status').textContent = `loaded ${name}`;
  generation++;
  worker.postMessage({ type: 'load', elf: bytes, gen: generation }, [bytes]);
}

async function loadExample(name) {
  const r = await fetch(EXAMPLES[name]);
  load(name, await r.arrayBuffer());
}

$('example').onchange = () => loadExample($('example').value);
$('file').onchange = async () => {
  const f = $('file').files[0];
  if (f !== undefined) load(f.name, await f.arrayBuffer());
};
$('run').onclick = () => worker.postMessage({ type: 'run' });
$('pause').onclick = () => worker.postMessage({ type: 'pause' });
$('step').onclick = () => worker.postMessage({ type: 'step' });
$('reset').onclick = () => {
  term.reset();
  playground.console = '';
  generation++;
  worker.postMessage({ type: 'reset', gen: generation });
};
term.onData((d) => worker.postMessage({ type: 'input', bytes: [...new TextEncoder().encode(d)] }));

const drop = $('drop');
const left = $('left');
left.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('active'); });
drop.addEventListener('dragleave', () => drop.classList.remove('active'));
left.addEventListener('drop', async (e) => {
  e.preventDefault();
  drop.classList.remove('active');
  const f = e.dataTransfer?.files[0];
  if (f !== undefined) load(f.name, await f.arrayBuffer());
});

const initial = new URLSearchParams(location.search).get('example');
if (initial !== null && initial in EXAMPLES) $('example').value = initial;
loadExample($('example').value);
