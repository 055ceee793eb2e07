/**
 * Seam for directory login (LDAP / Active Directory), not built yet. A DirectoryAuthenticator
 * checks a bind and maps directory groups to a console role and teams; the console would then keep
 * a local shadow user (no password hash) so policy, audit and sessions stay identical. Login tries
 * the directory first when one is configured and falls back to local accounts only for admins
 * (break-glass). Throttling and auditing wrap it exactly as they wrap local logins.
 */
import type { Role } from './users.js';

export interface DirectoryIdentity {
  username: string;
  displayName: string;
  role: Role;
  teams: string[];
}

export interface DirectoryAuthenticator {
  /** Resolves the identity when the bind succeeds; undefined for bad credentials; throws AppError('unavailable') when unreachable. */
  authenticate(username: string, password: string): Promise<DirectoryIdentity | undefined>;
}
