import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Services } from '../services/services';
import { type AppOptions, createApp } from './server.app';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the HTTP server on loopback (or `host`) and resolves once it listens. Port 0 picks a free port.
 *
 * @example
 * const server = await startServer(services, { port: 0 });
 * console.log(server.url);
 */
export function startServer(
  services: Services,
  options: AppOptions & { port: number; host?: string },
): Promise<RunningServer> {
  const app = createApp(services, options);
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: host }, (info: AddressInfo) => {
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost === '0.0.0.0' ? 'localhost' : shownHost}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive connections would hold close() open; end them.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
