import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { PayloadTooLargeError, ValidationError } from '../core/errors';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteInput {
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

/**
 * One API route: its schemas validate the request (the services validate again: they are the boundary for
 * the CLI too) and produce the OpenAPI document, so the two can never drift apart.
 */
export interface RouteSpec {
  method: Method;
  path: string;
  tag: string;
  summary: string;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The success status; 204 answers no body. */
  status?: 200 | 201 | 204;
  /** Describes the success body for the OpenAPI document. */
  response?: z.ZodType;
  /** The largest body this route accepts, in bytes (default 1 MiB). */
  maxBody?: number;
  handler(c: Context, input: RouteInput): Promise<unknown> | unknown;
}

const defaultMaxBody = 1024 * 1024;

/**
 * Registers routes on a Hono app: reads and size-checks the JSON body, answers JSON with the route's status.
 *
 * @example
 * mountRoutes(app, [{ method: 'get', path: '/api/health', tag: 'system', summary: 'Health', handler: () => ({ ok: true }) }]);
 */
export function mountRoutes(app: Hono, routes: readonly RouteSpec[]): void {
  // Services hand back the same object while a cached view (agenda, insights) is current; its JSON is kept
  // beside it, already UTF-8 encoded, so a busy endpoint neither serialises nor encodes the same large answer
  // again and again (encoding and measuring a 200 KB string took half the agenda's time under load).
  const serialised = new WeakMap<object, Uint8Array<ArrayBuffer>>();
  for (const route of routes) {
    app[route.method](route.path, async (c) => {
      const body = route.body ? await readJsonBody(c, route.maxBody ?? defaultMaxBody) : undefined;
      if (route.body) {
        const parsed = route.body.safeParse(body);
        if (!parsed.success) throw zodError(parsed.error, 'body');
      }
      const query = c.req.query();
      if (route.query) {
        const parsed = route.query.safeParse(query);
        if (!parsed.success) throw zodError(parsed.error, 'query');
      }
      const result = await route.handler(c, { params: c.req.param() as Record<string, string>, query, body });
      if (result instanceof Response) return result;
      if (route.status === 204) return c.body(null, 204);
      if (result !== null && typeof result === 'object') {
        let bytes = serialised.get(result);
        if (bytes === undefined) {
          bytes = new TextEncoder().encode(JSON.stringify(result));
          serialised.set(result, bytes);
        }
        return c.body(bytes, route.status ?? 200, { 'content-type': 'application/json' });
      }
      return c.json(result, route.status ?? 200);
    });
  }
}

async function readJsonBody(c: Context, maxBytes: number): Promise<unknown> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const buffer = await c.req.arrayBuffer();
  if (buffer.byteLength > maxBytes) throw tooLarge(maxBytes);
  const text = new TextDecoder().decode(buffer);
  if (text.trim() === '') throw new ValidationError('The request needs a JSON body.');
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError('The request body is not valid JSON.');
  }
}

function tooLarge(maxBytes: number) {
  return new PayloadTooLargeError(`The request body is larger than ${Math.round(maxBytes / 1024)} KiB.`);
}

function zodError(error: z.ZodError, where: 'body' | 'query') {
  const details = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const first = details[0];
  return new ValidationError(
    first ? `${where}${first.path ? `.${first.path}` : ''}: ${first.message}` : `Invalid ${where}.`,
    details,
  );
}

/** The OpenAPI 3.1 document of the given routes, generated from their zod schemas. */
export function openApiDocument(routes: readonly RouteSpec[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  const schema = (s: z.ZodType, io: 'input' | 'output') => {
    const { $schema: _ignored, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Record<string, unknown>;
    return rest;
  };
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters: unknown[] = [...route.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    if (route.query) {
      const q = schema(route.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, s] of Object.entries(q.properties ?? {})) {
        parameters.push({ name, in: 'query', required: q.required?.includes(name) ?? false, schema: s });
      }
    }
    const status = String(route.status ?? 200);
    paths[path] ??= {};
    paths[path][route.method] = {
      tags: [route.tag],
      summary: route.summary,
      parameters,
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: schema(route.body, 'input') } } } }
        : {}),
      responses: {
        [status]: {
          description: route.summary,
          ...(route.response && status !== '204'
            ? { content: { 'application/json': { schema: schema(route.response, 'output') } } }
            : {}),
        },
        '4XX': { description: 'The request was wrong: `{ "error": { "code", "message", "details"? } }`' },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Nextround API',
      version: '0.1.0',
      description: 'Everything after the interview: applications, debriefs, messages, feedback and a plan.',
    },
    paths,
  };
}
