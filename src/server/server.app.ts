import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { z } from 'zod';
import { NotFoundError } from '../core/errors';
import type { Services } from '../services/services';
import type { Actor } from '../services/services.context';
import { localUserId } from '../store/store';
import { adviceRoutes } from './api/advice.routes';
import { mailRoutes } from './api/mail.routes';
import { trackerRoutes } from './api/tracker.routes';
import { errorResponse } from './server.errors';
import { mountRoutes, openApiDocument, type RouteSpec } from './server.routes';

export interface AppOptions {
  /** The built web app to serve at `/` (absent: API only). */
  webDir?: string | undefined;
  /** Extra route groups (mail, …) mounted beside the tracker's and the advice engine's. */
  extraRoutes?: (services: Services, actorOf: (c: unknown) => Actor) => RouteSpec[];
  /** Lets tests move the server's clock (`PUT /api/dev/clock`); never set in normal use. */
  setClock?: ((now: Date) => void) | undefined;
}

/**
 * The HTTP app: the JSON API under `/api` (OpenAPI at `/api/openapi.json`) and the web app at `/`.
 *
 * @example
 * const app = createApp(services, { webDir: 'dist/web' });
 * serve({ fetch: app.fetch, port: 5170 });
 */
export function createApp(services: Services, options: AppOptions = {}) {
  const app = new Hono();
  // A local install has one user; hosted accounts will resolve the actor from the session here.
  const actorOf = (): Actor => ({ userId: localUserId });

  const routes: RouteSpec[] = [
    {
      method: 'get',
      path: '/api/health',
      tag: 'system',
      summary: 'Is the server up, and on which database',
      handler: () => ({ ok: true, database: services.store.kind, now: services.clock().toISOString() }),
    },
    ...trackerRoutes(services, actorOf),
    ...adviceRoutes(services, actorOf),
    ...mailRoutes(services, actorOf),
    ...(options.extraRoutes?.(services, actorOf) ?? []),
  ];
  const setClock = options.setClock;
  if (setClock) {
    const clockBody = z.object({ now: z.iso.datetime({ offset: true }) });
    routes.push({
      method: 'put',
      path: '/api/dev/clock',
      tag: 'system',
      summary: 'Move the server clock (only when started with NEXTROUND_ALLOW_CLOCK=1, for tests)',
      body: clockBody,
      handler: (_c, { body }) => {
        setClock(new Date(clockBody.parse(body).now));
        return { now: services.clock().toISOString() };
      },
    });
  }
  const document = openApiDocument(routes);
  app.get('/api/openapi.json', (c) => c.json(document));
  mountRoutes(app, routes);

  app.all('/api/*', (c) => errorResponse(new NotFoundError('route', `${c.req.method} ${c.req.path}`), c));

  const webDir = options.webDir;
  if (webDir && existsSync(join(webDir, 'index.html'))) {
    const indexHtml = readFileSync(join(webDir, 'index.html'), 'utf8');
    app.use('/*', serveStatic({ root: webDir }));
    // Client-side routes: any other page path gets the app shell.
    app.get('*', (c) => c.html(indexHtml));
  } else {
    app.get('/', (c) =>
      c.text(
        'Nextround API is running. The web app is not built: run `npm start` (it builds it) or see /api/openapi.json.',
      ),
    );
  }

  app.onError((error, c) => errorResponse(error, c));
  return app;
}
