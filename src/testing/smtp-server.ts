import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One email as a test SMTP server received it. */
export interface ReceivedMail {
  from: string;
  to: string[];
  raw: Buffer;
  user: string | undefined;
  secure: boolean;
}

export interface TestSmtpServer {
  port: number;
  /** Every email received so far, oldest first. */
  received: ReceivedMail[];
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback for tests: AUTH required (PLAIN or LOGIN, checked by `accepts`), STARTTLS with
 * its built-in self-signed certificate, and every email kept as received.
 *
 * @example
 * const smtp = await startTestSmtpServer((user, pass) => user === 'alex' && pass === 'secret');
 * // … send through 127.0.0.1:smtp.port, then read smtp.received.at(-1)?.raw
 */
export async function startTestSmtpServer(accepts: (user: string, pass: string) => boolean): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, callback) {
      if (accepts(auth.username ?? '', auth.password ?? '')) return callback(null, { user: auth.username });
      return callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
          user: typeof session.user === 'string' ? session.user : undefined,
          secure: session.secure,
        });
        callback(null, 'OK: queued as test-1');
      });
    },
    logger: false,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
