/**
 * `callvault analysis`: the calls whose post-call analysis failed. The startup catch-up skips a call
 * with a failure marker for good, so once the cause is fixed (data repaired, module upgraded) an
 * operator lists the markers and clears them; the next `callvault serve` analyses those calls. Opens
 * the store's LevelDB directly, so the appliance must be stopped (ERR_STORE_LOCKED while it runs).
 * Each cleared marker is an audit event (analysis_retry, actor "cli", target call:<id>).
 */
import { auditLogFor } from '../../audit/index.js';
import { loadConfig } from '../../config/index.js';
import { AppError } from '../../errors/index.js';
import { parseFlags } from '../args.js';
import { clearAnalysisFailures, findAnalysisFailures, listAnalysisFailures, type AnalysisFailureEntry } from '../post-call.js';
import type { Command, CliIo } from '../registry.js';
import { openStoppedStore } from '../runtime.js';
import { demoConfigPath, osUser } from './export.js';

const usage = [
  'callvault analysis failures [--json] [--config FILE]',
  '       callvault analysis retry CALL_ID... | --all-failed [--config FILE]',
  '  failures: calls whose analysis failed, newest failure first (they are skipped at every start).',
  '  retry: clears their failure markers so the next start analyses them again (appliance stopped).',
].join('\n');

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19) + 'Z';

function showFailures(entries: AnalysisFailureEntry[], json: boolean, io: CliIo): void {
  if (json) {
    io.out(JSON.stringify({ failures: entries }));
    return;
  }
  io.out(['call id'.padEnd(26), 'failed at (UTC)'.padEnd(21), 'code'.padEnd(28), 'call started (UTC)'.padEnd(21), 'state'].join(' '));
  for (const e of entries) {
    io.out([e.callId.padEnd(26), iso(e.at).padEnd(21), e.code.padEnd(28), (e.call ? iso(e.call.startedAt) : '-').padEnd(21), e.call?.state ?? '(call record missing)'].join(' '));
  }
  io.out(`${entries.length} call(s) with a failed analysis${entries.length ? '; `callvault analysis retry ID…` analyses them again at the next start' : ''}`);
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values: v, positionals } = parseFlags(argv, { json: { type: 'boolean' }, 'all-failed': { type: 'boolean' }, config: { type: 'string' } }, usage);
  const [sub, ...ids] = positionals;
  if (sub !== 'failures' && sub !== 'retry') throw new AppError('invalid', 'ERR_CLI_ARGS', `Expected a subcommand failures|retry but received ${JSON.stringify(sub ?? '')}\nusage: ${usage}`);
  const allFailed = v['all-failed'] === true;
  if (sub === 'failures' && (ids.length || allFailed)) throw new AppError('invalid', 'ERR_CLI_ARGS', `Expected no call ids or --all-failed for analysis failures but received ${JSON.stringify([...ids, ...(allFailed ? ['--all-failed'] : [])].join(' '))}\nusage: ${usage}`);
  if (sub === 'retry' && (ids.length > 0) === allFailed) throw new AppError('invalid', 'ERR_CLI_ARGS', `Expected call ids or --all-failed (one of them) for analysis retry but received ${allFailed ? `${ids.length} id(s) and --all-failed` : 'neither'}\nusage: ${usage}`);
  const config = await loadConfig(v.config ?? process.env.CALLVAULT_CONFIG ?? demoConfigPath());
  const store = await openStoppedStore(config, 'then list or clear the markers');
  try {
    if (sub === 'failures') {
      showFailures(await listAnalysisFailures(store), v.json === true, io);
      return 0;
    }
    // Every id is checked before anything changes: a typo clears nothing.
    const entries = await findAnalysisFailures(store, allFailed ? 'all' : ids);
    // Audit first (as `export` does): no audit event, no cleared marker.
    const audit = await auditLogFor(store);
    for (const e of entries) {
      await audit.append({
        type: 'analysis_retry', actor: 'cli', target: `call:${e.callId}`,
        details: { via: 'cli', osUser: osUser(), failedCode: e.code, failedAt: e.at, allFailed },
      });
    }
    await clearAnalysisFailures(store, entries);
    io.out(entries.length ? `cleared ${entries.length} analysis failure marker(s); the next \`callvault serve\` analyses ${entries.length === 1 ? 'that call' : 'those calls'} again` : 'cleared 0 analysis failure markers (none recorded)');
    return 0;
  } finally {
    await store.close();
  }
}

export const analysisCommand: Command = {
  name: 'analysis',
  summary: 'calls whose post-call analysis failed: list them, retry them at the next start',
  usage,
  run,
};
