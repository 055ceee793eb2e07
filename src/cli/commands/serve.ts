/** `callvault serve`: the appliance (gRPC capture + console) from a config file. */
import { loadConfig } from '../../config/index.js';
import { intFlag, parseFlags } from '../args.js';
import type { Command } from '../registry.js';
import { startAppliance } from '../runtime.js';

const usage = 'callvault serve [--config FILE] [--grpc-port N] [--no-console]';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the appliance: gRPC capture (TLS/mTLS) and the web console',
  usage,
  async run(argv, io) {
    const { values } = parseFlags(argv, { config: { type: 'string' }, 'grpc-port': { type: 'string' }, 'no-console': { type: 'boolean' } }, usage);
    const config = await loadConfig(values.config ?? process.env.CALLVAULT_CONFIG);
    if (values['grpc-port'] !== undefined) config.grpc.port = intFlag(values['grpc-port'], 'grpc-port', 0, 65535, config.grpc.port);
    if (values['no-console']) config.console.enabled = false;
    const app = await startAppliance(config);
    const mode = config.grpc.tls ? (config.grpc.tls.clientCaPath ? 'mtls' : 'tls') : 'plain';
    io.out(JSON.stringify({ event: 'listening', grpc: `${config.grpc.host}:${app.capture.port}`, grpcSecurity: mode, console: app.consoleUrl ?? null, recovered: app.store.recovery.interrupted.length }));
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    const stats = app.capture.stats();
    await app.close();
    io.out(JSON.stringify({ event: 'stats', ...stats }));
    return 0;
  },
};
