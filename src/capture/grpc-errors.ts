/**
 * The one gRPC mapper: AppError → a grpc-js ServiceError-shaped object (status code + message +
 * `x-callvault-code` trailer). Unknown errors become INTERNAL with no internals leaked.
 */
import { Metadata, type ServiceError } from '@grpc/grpc-js';
import { toAppError } from '../errors/index.js';
import { createLogger } from '../trace/index.js';

const log = createLogger('capture');

/** Converts anything thrown by a command into what grpc-js sends as the call's status. */
export function toGrpcError(error: unknown): Partial<ServiceError> & { code: number; details: string } {
  const app = toAppError(error);
  if (!app.expose) log.error('internal error', { code: app.code, message: app.message });
  const metadata = new Metadata();
  metadata.set('x-callvault-code', app.expose ? app.code : 'ERR_INTERNAL');
  const details = app.expose ? `${app.code}: ${app.message}` : 'ERR_INTERNAL: Internal error';
  return { name: 'AppError', message: details, code: app.grpcStatus, details, metadata };
}
