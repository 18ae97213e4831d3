// The browser playground: build it with Vite, serve dist-web/ locally, and drive Debian's Chromium with
// playwright-core (never a downloaded browser): run hello and multi, check the console text, the thread list and
// a screenshot (kept under test-artifacts/), and measure MIPS in the browser next to Node's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync, statSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { AddressInfo } from 'node:net';
import { System, StopReason } from '../src/system.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
// CI installs chromium (.ci/run): there a missing browser is a failure, not a skip.
const skip = !haveChromium && process.env.SEL4TS_CI === undefined ? `no Chromium at ${CHROMIUM}` : false;
const ARTIFACTS = 'test-artifacts';
const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.elf': 'application/octet-stream',
};

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? path + 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((res) => server.listen(0, '127.0.0.1', () => res(server)));
}

/** Node's MIPS measured as the playground's worker does: overall, and the fastest full 2M-instruction slice. */
function nodeMips(elf: string): { mips: number; peak: number } {
  const sys = new System(readFileSync(elf), { putchar: () => {} });
  let wall = 0, peak = 0;
  for (;;) {
    const t0 = performance.now(), i0 = sys.instructions;
    const r = sys.run(2_000_000);
    const ms = performance.now() - t0;
    wall += ms;
    if (sys.instructions - i0 === 2_000_000) peak = Math.max(peak, 2_000_000 / ms / 1000);
    if (r.reason !== StopReason.InstructionLimit) break;
  }
  return { mips: sys.instructions / wall / 1000, peak };
}

test('playground: built site runs hello and multi in Chromium; screenshot; MIPS next to Node', { skip, timeout: 300_000 }, async () => {
  const b = spawnSync(process.execPath, ['scripts/playground.mjs', '--no-tsc'], { encoding: 'utf8' });
  assert.equal(b.status, 0, b.stderr + b.stdout);
  const site = join(process.cwd(), 'dist-web');
  assert.ok(existsSync(join(site, 'index.html')));
  // The browser bundle is Node-free: no node: imports made it in.
  for (const f of readdirSync(join(site, 'assets')).filter((x) => x.endsWith('.js'))) {
    assert.doesNotMatch(readFileSync(join(site, 'assets', f), 'utf8'), /["'`]node:[a-z]/, f);
  }
  const { chromium } = await import('playwright-core');
  const server = await serve(site);
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    type Pg = { console: string; loaded: string | null; state: { ended: string | null; running: boolean; mips: number; peakMips: number; threads: { name: string; state: string }[]; instructions: number } | null };
    const state = () => page.evaluate(() => (window as unknown as { sel4tsPlayground: Pg }).sel4tsPlayground);
    const runExample = async (name: string): Promise<Pg> => {
      await page.selectOption('#example', name);
      await page.waitForFunction((n) => {
        const p = (window as unknown as { sel4tsPlayground: Pg }).sel4tsPlayground;
        return p.loaded === n && p.state !== null && p.state.instructions === 0 && p.state.ended === null;
      }, name);
      await page.click('#run');
      await page.waitForFunction(() => (window as unknown as { sel4tsPlayground: Pg }).sel4tsPlayground.state?.ended != null, undefined, { timeout: 240_000 });
      return state();
    };
    const hello = await runExample('hello');
    assert.match(hello.console, /Hello from a sel4ts rootserver!/);
    assert.match(hello.state!.ended!, /^halted/);
    // Same console text as Node.
    const nodeOut: number[] = [];
    new System(readFileSync('examples/hello/hello.elf'), { putchar: (c) => nodeOut.push(c) }).run();
    assert.equal(hello.console, String.fromCharCode(...nodeOut));

    const multi = await runExample('multi');
    assert.match(multi.console, /\[server\] up/);
    assert.match(multi.console, /\[client B\] done/);
    assert.deepEqual(multi.state!.threads.map((t) => t.name).sort(), ['client A', 'client B', 'rootserver', 'server']);
    assert.match(await page.textContent('#threads tbody') ?? '', /server/);
    assert.match(await page.textContent('#caps') ?? '', /objects \{/);
    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, 'playground-multi.png');
    const png = await page.screenshot({ path: shot });
    assert.ok(png.length > 10_000, `screenshot is only ${png.length} bytes`);
    assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    // The terminal shows the text (xterm's DOM rows).
    assert.match(await page.textContent('#terminal') ?? '', /\[client A\] done/);

    // Pause and step: the step advances exactly one instruction.
    await page.selectOption('#example', 'hello');
    await page.waitForFunction(() => (window as unknown as { sel4tsPlayground: Pg }).sel4tsPlayground.state?.instructions === 0);
    await page.click('#step');
    await page.waitForFunction(() => (window as unknown as { sel4tsPlayground: Pg }).sel4tsPlayground.state?.instructions === 1);

    const compute = await runExample('compute');
    assert.match(compute.console, /compute: checksum/);
    const browserMips = compute.state!.mips;
    const node = nodeMips('bench/compute/compute-small.elf');
    const line = `compute-small: browser (Chromium ${browser.version()}) ${browserMips.toFixed(1)} MIPS overall, ` +
      `${compute.state!.peakMips.toFixed(1)} MIPS peak slice; Node ${process.version} ${node.mips.toFixed(1)} MIPS overall, ` +
      `${node.peak.toFixed(1)} MIPS peak slice`;
    writeFileSync(join(ARTIFACTS, 'playground-mips.txt'), line + '\n');
    process.stdout.write(`# ${line}\n`);
    assert.ok(browserMips > 0);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
