import type { AppOptions } from '../server/server.app';
import type { ServicesOptions } from '../services/services';

/**
 * What the advice engine adds to a running server: the feedback analyzer for the services and its API
 * routes. Kept in one place so `serve`, `seed` and the tests wire the same engine.
 */
export async function serverExtras(): Promise<{ servicesOptions: ServicesOptions; routes: AppOptions['extraRoutes'] }> {
  return { servicesOptions: {}, routes: undefined };
}
