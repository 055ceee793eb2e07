/** `callvault doctor`: checks config, disks, keys, channel plan, the native addon and the ASR model dir. */
import { constants } from 'node:fs';
import { access, mkdir, stat, statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import { loadConfig, type CallvaultConfig } from '../../config/index.js';
import { toAppError } from '../../errors/index.js';
import { opusVersion } from '../../native/index.js';
import { parseFlags } from '../args.js';
import type { Command } from '../registry.js';
import { loadPlan } from '../runtime.js';
import { demoConfigPath } from './export.js';

const usage = 'callvault doctor [--config FILE] [--json]';
const GIB = 1024 ** 3;

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

async function checks(config: CallvaultConfig): Promise<Check[]> {
  const out: Check[] = [];
  const check = async (name: string, fn: () => Promise<string>) => {
    try {
      out.push({ name, ok: true, detail: await fn() });
    } catch (error) {
      const app = toAppError(error);
      out.push({ name, ok: false, detail: `${app.code}: ${app.message}` });
    }
  };
  for (const d of config.dataDirs) {
    await check(`disk ${d.id}`, async () => {
      await mkdir(d.path, { recursive: true });
      await access(d.path, constants.W_OK);
      const s = await statfs(d.path);
      const free = s.bavail * s.bsize, total = s.blocks * s.bsize;
      if (free < GIB) throw new Error(`only ${(free / GIB).toFixed(2)} GiB free at ${d.path}`);
      return `${d.path}: ${(free / GIB).toFixed(1)} of ${(total / GIB).toFixed(1)} GiB free, writable`;
    });
  }
  await check('database dir', async () => {
    await mkdir(dirname(config.dbPath), { recursive: true });
    await access(dirname(config.dbPath), constants.W_OK);
    return `${config.dbPath}`;
  });
  await check('key file', async () => {
    try {
      const s = await stat(config.keyFile);
      if ((s.mode & 0o077) !== 0) throw new Error(`${config.keyFile} is readable by group/others (mode ${(s.mode & 0o777).toString(8)}); chmod 600 it`);
      return `${config.keyFile} present, mode ${(s.mode & 0o777).toString(8)}`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return `${config.keyFile} absent: created (0600) at first start`;
      throw error;
    }
  });
  await check('channel plan', async () => {
    const plan = await loadPlan(config);
    return `${plan.cards.length} card(s), ${plan.channels.length} channel(s)${config.firmwareConfigPath ? ` from ${config.firmwareConfigPath}` : ' (demo plan: no firmwareConfigPath)'}`;
  });
  await check('native addon', async () => `loaded, libopus ${opusVersion()}`);
  await check('grpc security', async () => {
    if (config.grpc.tls) {
      for (const p of [config.grpc.tls.certPath, config.grpc.tls.keyPath, config.grpc.tls.clientCaPath]) if (p) await access(p, constants.R_OK);
      return config.grpc.tls.clientCaPath ? 'mutual TLS' : 'TLS (no client certificates: consider clientCaPath for mTLS)';
    }
    if (config.grpc.host !== '127.0.0.1' && config.grpc.host !== '::1' && config.grpc.host !== 'localhost') throw new Error(`plain text on ${config.grpc.host}: configure grpc.tls`);
    return 'plain text on loopback (demo only)';
  });
  await check('ASR model', async () => {
    if (!config.asrModelDir) return 'not configured: analysis uses PBX transcripts only';
    await access(config.asrModelDir, constants.R_OK);
    // Analysis is an optional module (like in runtime.ts): when present it checks the files per model type.
    const analysis = await import('../../analysis/index.js').catch(() => undefined);
    if (!analysis) return config.asrModelDir;
    const info = await analysis.checkAsrModelDir(config.asrModelDir);
    return `${config.asrModelDir} (${info.type}: ${Object.values(info.files).join(', ')})`;
  });
  return out;
}

export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'check disks, keys, config, channel plan, native addon and ASR model',
  usage,
  async run(argv, io) {
    const { values: v } = parseFlags(argv, { config: { type: 'string' }, json: { type: 'boolean' } }, usage);
    let config: CallvaultConfig;
    try {
      config = await loadConfig(v.config ?? process.env.CALLVAULT_CONFIG ?? demoConfigPath());
    } catch (error) {
      const app = toAppError(error);
      io.out(v.json ? JSON.stringify({ ok: false, checks: [{ name: 'config', ok: false, detail: app.message }] }) : `FAIL config: ${app.message}`);
      return 1;
    }
    const results = [{ name: 'config', ok: true, detail: 'valid' }, ...(await checks(config))];
    const ok = results.every((r) => r.ok);
    if (v.json) io.out(JSON.stringify({ ok, checks: results }));
    else for (const r of results) io.out(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}: ${r.detail}`);
    return ok ? 0 : 1;
  },
};
