/**
 * The console's single authorization decision. Every route asks `can(user, action, object)`;
 * anything this table does not explicitly allow is denied. Team scoping is per object: a
 * supervisor or QA analyst reaches a call only when `call.team ∈ user.teams` (no IDOR by id).
 */
import type { Role, User } from './auth/users.js';

export type Action =
  | 'calls.search'
  | 'call.view'
  | 'call.audio'
  | 'call.audio.original'
  | 'call.download'
  | 'call.transcript'
  | 'call.scorecard'
  | 'call.override'
  | 'channels.view'
  | 'alerts.view'
  | 'system.view'
  | 'audit.view'
  | 'users.view'
  | 'users.manage'
  | 'settings.view'
  | 'settings.update'
  | 'reports.view';

/** What an action is about: a call or channel or alert (by team), or nothing (role-only actions). */
export type PolicyObject = { kind: 'call'; team: string } | { kind: 'channel'; team?: string } | { kind: 'alert'; team: string } | { kind: 'team'; team: string };

/** all = any object; team = objects of the user's teams; absent = denied. */
type Scope = 'all' | 'team';
const TABLE: Record<Action, Partial<Record<Role, Scope>>> = {
  'calls.search': { admin: 'all', supervisor: 'team', qa: 'team', auditor: 'all' },
  'call.view': { admin: 'all', supervisor: 'team', qa: 'team', auditor: 'all' },
  'call.audio': { supervisor: 'team', qa: 'team', auditor: 'all' },
  // Also needs the user permission `audio.original` (checked below).
  'call.audio.original': { supervisor: 'team', qa: 'team', auditor: 'all' },
  'call.download': { supervisor: 'team', auditor: 'all' },
  'call.transcript': { supervisor: 'team', qa: 'team', auditor: 'all' },
  'call.scorecard': { supervisor: 'team', qa: 'team', auditor: 'all' },
  'call.override': { qa: 'team' },
  'channels.view': { admin: 'all', supervisor: 'team', auditor: 'all' },
  'alerts.view': { supervisor: 'team', qa: 'team', auditor: 'all' },
  'system.view': { admin: 'all', auditor: 'all' },
  'audit.view': { admin: 'all', auditor: 'all' },
  'users.view': { admin: 'all', auditor: 'all' },
  'users.manage': { admin: 'all' },
  'settings.view': { admin: 'all', qa: 'all', auditor: 'all' },
  'settings.update': { admin: 'all', qa: 'all' },
  'reports.view': { supervisor: 'team', qa: 'team', auditor: 'all' },
};

/** Every action (the access-matrix test and the OpenAPI document enumerate them). */
export const ACTIONS = Object.keys(TABLE) as Action[];

/**
 * Whether `user` may do `action` (on `object` when the action is about one). Without an object,
 * answers whether the role may do the action at all (e.g. list calls, later scoped by teams).
 */
export function can(user: User | undefined, action: Action, object?: PolicyObject): boolean {
  if (!user || user.disabled) return false;
  const scope = TABLE[action]?.[user.role];
  if (!scope) return false;
  if (action === 'call.audio.original' && !user.permissions.includes('audio.original')) return false;
  if (!object || scope === 'all') return true;
  // A channel mapped to no team belongs to no supervisor.
  return object.team !== undefined && user.teams.includes(object.team);
}

/** Teams a search must be restricted to: undefined = every team (scope 'all'). */
export function teamScope(user: User, action: Action): string[] | undefined {
  return TABLE[action]?.[user.role] === 'all' ? undefined : user.teams;
}
