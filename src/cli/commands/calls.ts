/** `callvault calls`: search calls (agent, number, time range, tag…) as a table or JSON. */
import type { SearchQuery } from '../../storage/index.js';
import { loadConfig } from '../../config/index.js';
import { intFlag, parseFlags, timeFlag } from '../args.js';
import type { Command } from '../registry.js';
import { openConfiguredStore } from '../runtime.js';
import { demoConfigPath } from './export.js';

const usage = 'callvault calls [--agent ID] [--number N] [--from DATE] [--to DATE] [--tag T] [--queue Q] [--state S] [--limit N] [--cursor C] [--json] [--config FILE]';

export const callsCommand: Command = {
  name: 'calls',
  summary: 'search recorded calls',
  usage,
  async run(argv, io) {
    const { values: v } = parseFlags(argv, {
      agent: { type: 'string' }, number: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, tag: { type: 'string' },
      queue: { type: 'string' }, state: { type: 'string' }, limit: { type: 'string' }, cursor: { type: 'string' }, json: { type: 'boolean' }, config: { type: 'string' },
    }, usage);
    const q: SearchQuery = {};
    if (v.agent) q.agentId = v.agent;
    if (v.number) q.number = v.number;
    if (v.tag) q.tag = v.tag;
    if (v.queue) q.queue = v.queue;
    if (v.state) q.state = v.state as SearchQuery['state'];
    const from = timeFlag(v.from, 'from'), to = timeFlag(v.to, 'to');
    if (from !== undefined) q.from = from;
    if (to !== undefined) q.to = to;
    const config = await loadConfig(v.config ?? process.env.CALLVAULT_CONFIG ?? demoConfigPath());
    const store = await openConfiguredStore(config);
    try {
      const page = await store.search(q, { limit: intFlag(v.limit, 'limit', 1, 1000, 50), ...(v.cursor ? { cursor: v.cursor } : {}) });
      if (v.json) {
        io.out(JSON.stringify({ calls: page.calls, nextCursor: page.nextCursor ?? null }));
        return 0;
      }
      io.out(['id'.padEnd(26), 'started (UTC)'.padEnd(20), 'state'.padEnd(12), 'agent'.padEnd(10), 'caller'.padEnd(14), 'callee'.padEnd(10), 'dur s', 'tags'].join(' '));
      for (const c of page.calls) {
        io.out([c.id.padEnd(26), new Date(c.startedAt).toISOString().slice(0, 19).padEnd(20), c.state.padEnd(12), c.agentId.padEnd(10), c.caller.padEnd(14), c.callee.padEnd(10), (c.durationMs / 1000).toFixed(1).padStart(5), c.tags.join(',')].join(' '));
      }
      io.out(`${page.calls.length} call(s)${page.nextCursor ? `; more: --cursor ${page.nextCursor}` : ''}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
