import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DomainError } from '../core/errors';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/**
 * The one place errors become HTTP answers: domain errors keep their 4xx status, Hono's own (body too
 * large, …) theirs; anything else is a bug and answers 500 without leaking internals.
 */
export function errorResponse(error: unknown, c: Context): Response {
  if (error instanceof DomainError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.details !== undefined) body.error.details = error.details;
    return c.json(body, error.status);
  }
  if (error instanceof HTTPException) {
    const code = error.status === 413 ? 'payload_too_large' : 'http_error';
    return c.json({ error: { code, message: error.message || 'Request refused.' } } satisfies ErrorBody, error.status);
  }
  console.error('nextround: unexpected error', error);
  return c.json({ error: { code: 'internal', message: 'Something went wrong on our side.' } } satisfies ErrorBody, 500);
}
