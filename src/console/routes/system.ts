/**
 * System health from systeminformation (disks, CPU, memory, temperature, SMART where readable) plus
 * the store's disk health and fill forecast, the channel board and the capture counters.
 * Readings are cached for a few seconds: several open health pages must not each fork lsblk/smartctl.
 */
import { cpus, loadavg, uptime } from 'node:os';
import si from 'systeminformation';
import type { ConsoleServices, Ctx } from '../context.js';
import type { RouteDef } from '../http.js';

const CACHE_MS = 5000;
let cached: { at: number; value: Record<string, unknown> } | undefined;

async function hostReadings(): Promise<Record<string, unknown>> {
  const settle = async <T>(p: Promise<T>): Promise<T | undefined> => p.catch(() => undefined);
  const [fs, load, mem, temp, disks] = await Promise.all([settle(si.fsSize()), settle(si.currentLoad()), settle(si.mem()), settle(si.cpuTemperature()), settle(si.diskLayout())]);
  const hasTemp = temp && (typeof temp.main === 'number' || (temp.cores ?? []).some((c) => typeof c === 'number'));
  return {
    filesystems: (fs ?? []).map((f) => ({ fs: f.fs, mount: f.mount, type: f.type, size: f.size, used: f.used })),
    cpu: { cores: cpus().length, load: load?.currentLoad ?? null, loadAvg: loadavg() },
    memory: mem ? { total: mem.total, used: mem.active, free: mem.available } : null,
    temperature: hasTemp ? { main: temp.main, cores: temp.cores, max: temp.max } : null,
    smart: (disks ?? []).map((d) => ({ device: d.device, name: d.name, type: d.type, status: d.smartStatus || 'unknown' })),
  };
}

async function health(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const t = s.now();
  if (!cached || t - cached.at > CACHE_MS || t < cached.at) cached = { at: t, value: await hostReadings() };
  const store = await s.deps.store.health();
  ctx.body = {
    at: t,
    disks: store.disks.map((d) => ({
      id: d.id, path: d.path, ...(d.mount ? { mount: d.mount } : {}), ...(d.fsType ? { fsType: d.fsType } : {}),
      freeBytes: d.freeBytes, totalBytes: d.totalBytes, degraded: d.degraded, ...(d.reason ? { reason: d.reason } : {}),
      openRecordings: d.openRecordings, bytesPerDay: d.bytesPerDay, ...(d.daysToFull !== undefined ? { daysToFull: d.daysToFull } : {}),
    })),
    ...cached.value,
    storageAlarms: store.alarms,
    openRecordings: store.openRecordings,
    channelCounts: s.deps.board?.counts() ?? null,
    spanAlarms: s.deps.board?.spanAlarms() ?? [],
    capture: s.deps.capture?.stats() ?? null,
    uptimeSeconds: Math.round(uptime()),
  };
}

export const systemRoutes: RouteDef[] = [
  { method: 'GET', path: '/system/health', summary: 'Disks, fill forecast, CPU, memory, temperature, alarms', auth: 'session', actions: ['system.view'], status: 200, handler: health },
];
