// A small RapiLog crash campaign: seeded power cuts (and kills of the database process) on the hdd model, each
// followed by a fresh boot that recovers and checks the database, and by the host's sqlite3 on the extracted
// files. sync and rapilog must lose no acknowledged commit and never corrupt the database; unsafe loses commits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crashCampaign } from '../src/systems/rapilog/campaign.js';

test('crash campaign: sync and rapilog lose nothing acknowledged, unsafe loses commits', () => {
  const res = crashCampaign({ cuts: 6, kills: 2, seed: 11, model: 'hdd', journal: 'wal', windowMs: 300, killRequests: 300, holdupMs: 100, hostCheck: true });
  const by = Object.fromEntries(res.map((p) => [p.policy, p]));
  for (const p of ['sync', 'rapilog'] as const) {
    assert.equal(by[p].corrupt, 0, `${p} corrupt`);
    assert.equal(by[p].lost, 0, `${p} lost ${by[p].lost}`);
    assert.equal(by[p].hostCorrupt, 0);
    assert.equal(by[p].hostLost, 0);
    assert.equal(by[p].killLost, 0);
    assert.ok(by[p].trials.every((t) => t.witnessed > 0), `${p}: a trial witnessed no commit`);
  }
  assert.equal(by.rapilog.drainsUs.length, 6);
  for (const d of by.rapilog.drainsUs) assert.ok(d < 100000, `drain ${d} us over the hold-up`);
  assert.ok(by.unsafe.lost > 0, 'unsafe lost nothing');
  assert.equal(by.unsafe.hostLost, by.unsafe.lost, 'the host sqlite3 and the in-system check disagree');
  assert.equal(by.unsafe.killLost, 0, 'a killed process does not lose the disk cache');
});
