/**
 * Static pages from src/console/web (no build step). The root is found from the package root, so
 * the compiled server in dist/ still serves the source files. Paths are resolved and checked to
 * stay inside the root (no traversal); dotfiles are never served.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Next } from 'koa';
import type { Ctx } from './context.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The package root: the nearest ancestor of this file holding package.json. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

export function defaultWebRoot(): string {
  return join(packageRoot(), 'src', 'console', 'web');
}

export function staticMiddleware(root: string) {
  const base = resolve(root);
  return async (ctx: Ctx, next: Next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || ctx.path.startsWith('/api/')) return next();
    let rel: string;
    try {
      rel = decodeURIComponent(ctx.path);
    } catch {
      return next();
    }
    if (rel.endsWith('/')) rel += 'index.html';
    if (rel.includes('\0') || rel.split('/').some((p) => p.startsWith('.'))) return next();
    const file = resolve(base, '.' + rel);
    if (file !== base && !file.startsWith(base + sep)) return next();
    const st = await stat(file).catch(() => undefined);
    if (!st?.isFile()) return next();
    ctx.type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    ctx.set('cache-control', 'no-cache');
    ctx.body = await readFile(file);
    return undefined;
  };
}
