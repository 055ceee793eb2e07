/**
 * OpenAPI 3.1 document built from the route table, so it cannot drift from what is served. Request
 * and response shapes are described in prose in src/console/API.md; here each operation carries its
 * summary, the policy actions that gate it and the error statuses every route shares.
 */
import type { RouteDef } from './http.js';

export function openApiDocument(routes: RouteDef[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = `/api/v1${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`;
    const params: Record<string, unknown>[] = [...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    for (const [name, type] of Object.entries(r.query ?? {})) params.push({ name, in: 'query', required: false, schema: { type } });
    const responses: Record<string, unknown> = { [String(r.status)]: { description: 'Success' }, '400': { $ref: '#/components/responses/Error' }, '500': { $ref: '#/components/responses/Error' } };
    if (r.auth === 'session') {
      responses['401'] = { $ref: '#/components/responses/Error' };
      responses['403'] = { $ref: '#/components/responses/Error' };
    }
    if (r.path.includes(':')) responses['404'] = { $ref: '#/components/responses/Error' };
    if (r.path === '/auth/login') responses['429'] = { $ref: '#/components/responses/Error' };
    if (r.path.endsWith('/audio')) responses['206'] = { description: 'Partial content (Range)' };
    (paths[path] ??= {})[r.method.toLowerCase()] = {
      summary: r.summary,
      operationId: `${r.method.toLowerCase()}${r.path.replace(/[/:-]+(\w)/g, (_, c: string) => c.toUpperCase())}`,
      ...(params.length ? { parameters: params } : {}),
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: r.body } } } } : {}),
      security: r.auth === 'session' ? [{ session: [] }] : [],
      'x-callvault-actions': r.actions,
      'x-callvault-csrf': r.method !== 'GET',
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'callvault console API', version, description: 'See src/console/API.md for bodies, roles and the CSRF scheme.' },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'cv_session' },
        csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
      },
      responses: {
        Error: {
          description: 'Error with a stable code',
          content: { 'application/json': { schema: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'object' } } } } } } },
        },
      },
    },
  };
}
