import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { cliAction } from '../cli.action';
import { dataDirFrom, projectRoot, storeConfigFrom } from '../cli.context';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Run the web app and the HTTP API (SQLite in the data folder, or PostgreSQL via DATABASE_URL)')
    .option('-p, --port <port>', 'port to listen on', process.env.PORT ?? '5170')
    .option('--host <host>', 'address to listen on (0.0.0.0 to share on a network)', '127.0.0.1')
    .option('--data <dir>', 'data folder (default $NEXTROUND_DATA or ~/.nextround)')
    .action(
      cliAction(async (options: { port: string; host: string; data?: string }) => {
        const port = Number(options.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port number: ${options.port}`);
        const [{ openStore }, { createServices }, { startServer }, { createMailPort }] = await Promise.all([
          import('../../store/store'),
          import('../../services/services'),
          import('../../server/server'),
          import('../../mail/mail.port'),
        ]);
        const store = await openStore(storeConfigFrom(options));
        // Tests that need time to pass (a nudge five business days on) move this clock through the API.
        let offsetMs = 0;
        const clock = () => new Date(Date.now() + offsetMs);
        const services = createServices(store, { clock, mail: await createMailPort(dataDirFrom(options.data)) });
        const server = await startServer(services, {
          port,
          host: options.host,
          webDir: existsSync(join(projectRoot(), 'dist/web')) ? join(projectRoot(), 'dist/web') : undefined,
          setClock:
            process.env.NEXTROUND_ALLOW_CLOCK === '1'
              ? (now) => {
                  offsetMs = now.getTime() - Date.now();
                }
              : undefined,
        });
        process.stdout.write(`Nextround is running at ${server.url}  (${store.kind}; Ctrl+C to stop)\n`);
        const stop = async () => {
          await server.close();
          await store.close();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      }),
    );
}
