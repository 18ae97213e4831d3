#!/usr/bin/env node
// npm run playground [-- --serve [--port N]]: build the browser playground (web/) into dist-web/ with Vite,
// after compiling the TypeScript (the worker bundles dist/src; --no-tsc: dist/ is already built, as in npm test);
// --serve then serves it on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const repo = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const serve = args.includes('--serve');
const tsc = !args.includes('--no-tsc');
const pi = args.indexOf('--port');
const port = pi >= 0 ? Number(args[pi + 1]) : 5173;
for (const a of args) {
  if (a !== '--serve' && a !== '--port' && a !== '--no-tsc' && !(pi >= 0 && a === args[pi + 1])) {
    process.stderr.write(`playground: unknown option '${a}' (expected --serve [--port N] or --no-tsc)\n`);
    process.exit(2);
  }
}
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write('playground: --port expects a port number\n');
  process.exit(2);
}
if (tsc) execFileSync(process.execPath, [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-p', repo], { stdio: 'inherit' });
const config = fileURLToPath(new URL('../web/vite.config.js', import.meta.url));
await build({ configFile: config });
process.stdout.write(`playground: built ${repo}dist-web/\n`);
if (serve) {
  const server = await preview({ configFile: config, preview: { port, strictPort: true, host: '127.0.0.1' } });
  process.stdout.write(`playground: serving on ${server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`} (Ctrl-C stops)\n`);
}
