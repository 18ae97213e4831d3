// `sel4ts report SNAPSHOT.json [--labels FILE] [--policy FILE] [-o OUT.html]`: the HTML report of a saved
// snapshot (the integrity summary needs a run: `sel4ts run --check integrity --report FILE.html`).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError, readInputFile } from './usage.js';
import { parseSnapshot } from '../assurance/snapshot.js';
import { computeLabels } from '../assurance/labels.js';
import { authorityGraph, takeGrantClosure } from '../assurance/authority.js';
import { violations } from '../assurance/policy.js';
import { renderReport } from '../assurance/report.js';
import { EXIT_ASSURANCE, loadLabels, loadPolicy } from './assure-options.js';

export const REPORT_USAGE = `usage: sel4ts report SNAPSHOT.json [--labels FILE] [--policy FILE] [-o OUT.html]
  writes OUT.html (default: SNAPSHOT.html); exit 6 when the policy does not allow an edge`;

export async function reportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { labels: { type: 'string' }, policy: { type: 'string' }, output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help === true) {
    process.stdout.write(REPORT_USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('expected: sel4ts report SNAPSHOT.json [options] (see --help)');
  const path = positionals[0];
  let snap;
  try {
    snap = parseSnapshot(readInputFile(path, 'snapshot').toString('utf8'));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`snapshot '${path}': ${(e as Error).message}`);
  }
  const labels = values.labels !== undefined ? loadLabels(values.labels) : undefined;
  const policy = values.policy !== undefined ? loadPolicy(values.policy) : undefined;
  const out = values.output ?? path.replace(/\.json$/, '') + '.html';
  if (!out.endsWith('.html')) throw new UsageError(`-o ${out}: the file name must end in .html`);
  const lab = computeLabels(snap, labels);
  const graph = authorityGraph(snap, lab);
  const closure = takeGrantClosure(graph.labels, graph.edges, policy?.trusted);
  const pol = policy !== undefined
    ? { file: values.policy!, violations: violations(policy, graph.edges), closureViolations: violations(policy, closure) }
    : undefined;
  const html = await renderReport({ title: `sel4ts assurance report: ${path}`, snapshot: snap, labelling: lab, graph, closure, policy: pol });
  try {
    writeFileSync(out, html);
  } catch (e) {
    throw new UsageError(`cannot write '${out}': ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  process.stderr.write(`sel4ts: report written to ${out}\n`);
  if (pol !== undefined) {
    for (const e of pol.violations) process.stderr.write(`policy: not allowed: ${e.from} -${e.auth}-> ${e.to}, conferred by ${e.reasons.join('; ')}\n`);
    if (pol.violations.length > 0 || pol.closureViolations.length > 0) return EXIT_ASSURANCE;
  }
  return 0;
}
