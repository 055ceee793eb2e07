/**
 * The appliance's JSON config file. Every field has a default for the embedded demo (everything under
 * ./.callvault/), so `{}` is a valid config; TLS material is referenced by path, never inlined.
 */
import { z } from 'zod';

const port = z.number().int().min(0).max(65535);
const nonEmpty = z.string().min(1);

/** TLS material for a listener. `clientCaPath` turns on mutual TLS (clients must present a cert it signed). */
export const tlsSchema = z
  .object({
    certPath: nonEmpty,
    keyPath: nonEmpty,
    clientCaPath: nonEmpty.optional(),
  })
  .strict();

export const grpcSchema = z
  .object({
    host: nonEmpty.default('127.0.0.1'),
    port: port.default(7443),
    /** Required unless `insecure` is true: plain text must be asked for explicitly (loopback demo). */
    tls: tlsSchema.optional(),
    insecure: z.boolean().default(false),
    /** Max bytes of one gRPC message (an AudioTick of 400 channels × 200 ms μ-law is ~640 KB). */
    maxMessageBytes: z.number().int().min(65536).max(64 << 20).default(8 << 20),
  })
  .strict()
  .refine((g) => g.insecure || g.tls !== undefined, { message: 'Expected grpc.tls (certPath/keyPath) or grpc.insecure=true', path: ['tls'] });

export const consoleSchema = z
  .object({
    enabled: z.boolean().default(true),
    host: nonEmpty.default('127.0.0.1'),
    port: port.default(8443),
    /** When absent the console generates a self-signed certificate at first start (issue 5). */
    tls: tlsSchema.optional(),
  })
  .strict();

export const retentionSchema = z
  .object({
    defaultDays: z.number().int().min(1).max(36500).default(183),
    byTag: z.record(z.string(), z.number().int().min(1).max(36500)).default({}),
    byQueue: z.record(z.string(), z.number().int().min(1).max(36500)).default({}),
    /** How often the appliance crypto-shreds expired recordings (legal hold and live calls skipped). */
    sweepIntervalMinutes: z.number().int().min(1).max(10080).default(60),
  })
  .strict();

export const captureSchema = z
  .object({
    /** Batch window of the record engine (ms of wall time between engine.push calls). */
    batchMs: z.number().int().min(20).max(1000).default(100),
    creditTicks: z.number().int().min(1).max(1000).default(50),
    maxTickMs: z.number().int().min(20).max(200).default(200),
    maxPayloadBytes: z.number().int().min(160).max(65536).default(6400),
    /** Opus complexity of recordings (FACTS: 5 is the quality/CPU balance). */
    opusComplexity: z.number().int().min(0).max(10).default(5),
    /** Floor of load shedding: under CPU pressure the effort steps down to this; = opusComplexity turns it off. */
    minOpusComplexity: z.number().int().min(0).max(10).default(1),
    /** Acoustic features in the record path. */
    features: z.boolean().default(true),
  })
  .strict();

export const configSchema = z
  .object({
    siteId: nonEmpty.max(64).default('demo'),
    /** Bridge id the demo channel plan belongs to (ignored when firmwareConfigPath is set). */
    bridgeId: nonEmpty.max(64).default('sim-1'),
    /** Recording disks. */
    dataDirs: z.array(z.object({ id: nonEmpty.max(16), path: nonEmpty }).strict()).min(1).default([{ id: 'd1', path: '.callvault/data' }]),
    dbPath: nonEmpty.default('.callvault/db'),
    keyFile: nonEmpty.default('.callvault/keys/kek.json'),
    /** firmware-config directory or file (card/span/channel plan); absent = a demo plan of 8 E1 spans. */
    firmwareConfigPath: nonEmpty.optional(),
    /** Spans of 30 channels in the demo plan (used only without firmwareConfigPath). */
    demoSpans: z.number().int().min(1).max(64).default(8),
    grpc: grpcSchema.prefault({}),
    console: consoleSchema.prefault({}),
    retention: retentionSchema.prefault({}),
    capture: captureSchema.prefault({}),
    rulesPath: nonEmpty.optional(),
    scorecardPath: nonEmpty.optional(),
    asrModelDir: nonEmpty.optional(),
    fsyncIntervalMs: z.number().int().min(10).max(5000).default(200),
  })
  .strict();

/** A validated config with every default filled and every path absolute. */
export type CallvaultConfig = z.infer<typeof configSchema>;
export type TlsConfig = z.infer<typeof tlsSchema>;
