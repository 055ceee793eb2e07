/**
 * Appliance configuration: one JSON file validated with zod. Errors are AppError ERR_CONFIG (with
 * details.path naming the field), ERR_CONFIG_JSON, ERR_CONFIG_READ.
 */
export type { CallvaultConfig, TlsConfig } from './schema.js';
export { configSchema } from './schema.js';
export { loadConfig, parseConfig } from './load.js';
