/**
 * Local console accounts in the store's LevelDB (sublevel "console-users"). Passwords are hashed
 * with scrypt (N=2^17, r=8, p=1 per FACTS; parameters stored with each hash so they can be raised
 * later); an unknown user still costs one scrypt so timing does not reveal which names exist.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { AppError, invalid } from '../../errors/index.js';
import type { Namespace, RecordingStore } from '../../storage/index.js';

export const ROLES = ['admin', 'supervisor', 'qa', 'auditor'] as const;
export type Role = (typeof ROLES)[number];
export const PERMISSIONS = ['audio.original'] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What leaves the process about a user (the presenter whitelist). */
export interface User {
  username: string;
  displayName: string;
  role: Role;
  teams: string[];
  permissions: Permission[];
  disabled: boolean;
  createdAt: number;
}

interface PasswordHash {
  alg: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  dk: string;
}

interface StoredUser extends User {
  hash: PasswordHash;
  updatedAt: number;
}

export const USERS_SUBLEVEL = 'console-users';
/** Production cost (FACTS: scrypt N=2^17, r=8, p=1). Tests may lower it through UserStore options. */
export const DEFAULT_SCRYPT_N = 2 ** 17;
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/**
 * At most two hashes run at once: each takes ~128 MiB at N=2^17, so a burst of logins must queue
 * rather than exhaust memory (throttling only starts counting once attempts complete).
 */
const MAX_PARALLEL = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function scryptAsync(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  // A finishing hash hands its slot straight to the next waiter, so `running` never exceeds the cap.
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await new Promise((resolve, reject) => scrypt(password, salt, keylen, options, (err, dk) => (err ? reject(err) : resolve(dk))));
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

async function hashPassword(password: string, N: number): Promise<PasswordHash> {
  const salt = randomBytes(16);
  const dk = await scryptAsync(password, salt, 32, { N, r: 8, p: 1, maxmem: 256 * N * 8 + (1 << 20) });
  return { alg: 'scrypt', N, r: 8, p: 1, salt: salt.toString('base64'), dk: dk.toString('base64') };
}

async function verifyHash(password: string, h: PasswordHash): Promise<boolean> {
  const dk = await scryptAsync(password, Buffer.from(h.salt, 'base64'), 32, { N: h.N, r: h.r, p: h.p, maxmem: 256 * h.N * h.r + (1 << 20) });
  const want = Buffer.from(h.dk, 'base64');
  return want.length === dk.length && timingSafeEqual(want, dk);
}

export function checkPassword(password: unknown, what = 'password'): string {
  if (typeof password !== 'string' || [...password].length < 10 || password.length > 200) {
    throw invalid('ERR_BAD_PASSWORD', 'a password of 10..200 characters', what, typeof password === 'string' ? `${[...password].length} characters` : password);
  }
  return password;
}

export function checkUsername(name: unknown): string {
  if (typeof name !== 'string' || !USERNAME.test(name)) throw invalid('ERR_BAD_REQUEST', 'a username of 2..64 characters [a-z0-9._-]', 'username', name);
  return name;
}

function checkTeams(teams: unknown): string[] {
  if (!Array.isArray(teams) || teams.length > 200 || !teams.every((t) => typeof t === 'string' && t.length > 0 && t.length <= 64)) {
    throw invalid('ERR_BAD_REQUEST', 'an array of at most 200 team ids', 'teams', teams);
  }
  return [...new Set(teams as string[])];
}

function checkRole(role: unknown): Role {
  if (!ROLES.includes(role as Role)) throw invalid('ERR_BAD_REQUEST', `one of ${ROLES.join(', ')}`, 'role', role);
  return role as Role;
}

function checkPermissions(p: unknown): Permission[] {
  if (!Array.isArray(p) || !p.every((x) => PERMISSIONS.includes(x as Permission))) throw invalid('ERR_BAD_REQUEST', `an array of ${PERMISSIONS.join(', ')}`, 'permissions', p);
  return [...new Set(p as Permission[])];
}

function present(u: StoredUser): User {
  return { username: u.username, displayName: u.displayName, role: u.role, teams: [...u.teams], permissions: [...u.permissions], disabled: u.disabled, createdAt: u.createdAt };
}

export interface NewUser {
  username: string;
  displayName?: string;
  role: Role;
  teams?: string[];
  permissions?: Permission[];
  password: string;
}

export interface UserPatch {
  displayName?: string;
  role?: Role;
  teams?: string[];
  permissions?: Permission[];
  disabled?: boolean;
  password?: string;
}

export class UserStore {
  private readonly ns: Namespace<StoredUser>;
  private dummy: Promise<PasswordHash> | undefined;

  constructor(store: Pick<RecordingStore, 'sublevel'>, private readonly options: { scryptN?: number; now?: () => number } = {}) {
    this.ns = store.sublevel<StoredUser>(USERS_SUBLEVEL);
  }

  private get N(): number {
    return this.options.scryptN ?? DEFAULT_SCRYPT_N;
  }
  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  async get(username: string): Promise<User | undefined> {
    const u = await this.ns.get(username);
    return u ? present(u) : undefined;
  }

  async list(): Promise<User[]> {
    const out: User[] = [];
    for await (const [, u] of this.ns.entries()) out.push(present(u));
    return out;
  }

  async countAdmins(): Promise<number> {
    return (await this.list()).filter((u) => u.role === 'admin' && !u.disabled).length;
  }

  async create(input: NewUser): Promise<User> {
    const username = checkUsername(input.username);
    const role = checkRole(input.role);
    const teams = checkTeams(input.teams ?? []);
    const permissions = checkPermissions(input.permissions ?? []);
    const displayName = input.displayName === undefined ? username : String(input.displayName).slice(0, 128);
    const password = checkPassword(input.password);
    if (await this.ns.get(username)) throw new AppError('conflict', 'ERR_USER_EXISTS', `A user named ${JSON.stringify(username)} already exists`);
    const t = this.now();
    const stored: StoredUser = { username, displayName, role, teams, permissions, disabled: false, createdAt: t, updatedAt: t, hash: await hashPassword(password, this.N) };
    await this.ns.put(username, stored, { sync: true });
    return present(stored);
  }

  async update(username: string, patch: UserPatch): Promise<User> {
    const u = await this.ns.get(username);
    if (!u) throw new AppError('not_found', 'ERR_USER_NOT_FOUND', `No user named ${JSON.stringify(username)}`);
    const next: StoredUser = { ...u, updatedAt: this.now() };
    if (patch.displayName !== undefined) next.displayName = String(patch.displayName).slice(0, 128);
    if (patch.role !== undefined) next.role = checkRole(patch.role);
    if (patch.teams !== undefined) next.teams = checkTeams(patch.teams);
    if (patch.permissions !== undefined) next.permissions = checkPermissions(patch.permissions);
    if (patch.disabled !== undefined) {
      if (typeof patch.disabled !== 'boolean') throw invalid('ERR_BAD_REQUEST', 'a boolean', 'disabled', patch.disabled);
      next.disabled = patch.disabled;
    }
    if (patch.password !== undefined) next.hash = await hashPassword(checkPassword(patch.password), this.N);
    const losesAdmin = u.role === 'admin' && !u.disabled && (next.role !== 'admin' || next.disabled);
    if (losesAdmin && (await this.countAdmins()) <= 1) throw new AppError('conflict', 'ERR_LAST_ADMIN', 'Expected at least one enabled admin to remain but this change would leave none');
    await this.ns.put(username, next, { sync: true });
    return present(next);
  }

  async remove(username: string): Promise<void> {
    const u = await this.ns.get(username);
    if (!u) throw new AppError('not_found', 'ERR_USER_NOT_FOUND', `No user named ${JSON.stringify(username)}`);
    if (u.role === 'admin' && !u.disabled && (await this.countAdmins()) <= 1) throw new AppError('conflict', 'ERR_LAST_ADMIN', 'Expected at least one enabled admin to remain but this would delete the last one');
    await this.ns.del(username, { sync: true });
  }

  /** The user if the password matches and the account is enabled; undefined otherwise (same cost). */
  async verify(username: string, password: string): Promise<User | undefined> {
    const u = typeof username === 'string' && USERNAME.test(username) ? await this.ns.get(username) : undefined;
    if (!u) {
      this.dummy ??= hashPassword('not a real password', this.N);
      await verifyHash(password, await this.dummy);
      return undefined;
    }
    const ok = await verifyHash(password, u.hash);
    return ok && !u.disabled ? present(u) : undefined;
  }
}
