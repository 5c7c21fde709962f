import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailPort } from '../../mail/mail.port';
import { createServices } from '../../services/services';
import { openStore, type Store } from '../../store/store';
import { type RunningServer, startServer } from '../server';

describe('sending through the user own mailbox', () => {
  const received: Buffer[] = [];
  let smtp: SMTPServer;
  let smtpPort = 0;
  let store: Store;
  let server: RunningServer;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const type = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      type,
      body: type.includes('json') ? await response.json() : await response.text(),
    };
  };

  beforeAll(async () => {
    smtp = new SMTPServer({
      authMethods: ['PLAIN', 'LOGIN'],
      onAuth: (auth, _session, done) =>
        auth.username === 'alex' && auth.password === 's3cret pass'
          ? done(null, { user: 'alex' })
          : done(new Error('Invalid login')),
      onData: (stream, _session, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push(Buffer.concat(chunks));
          done();
        });
      },
      logger: false,
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    smtpPort = (smtp.server.address() as AddressInfo).port;
    store = await openStore({ kind: 'sqlite', file: ':memory:' });
    const mail = await createMailPort(mkdtempSync(join(tmpdir(), 'nextround-mail-')));
    server = await startServer(createServices(store, { mail }), { port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
  });

  it('sends a feedback request into the rejection thread, marks it sent, and never reveals the password', async () => {
    const settings = {
      host: '127.0.0.1',
      port: smtpPort,
      user: 'alex',
      password: 's3cret pass',
      from: 'Alex Morgan <alex@example.org>',
      allowSelfSigned: true,
    };
    const saved = await call('PUT', '/api/me/smtp', settings);
    expect(saved.status).toBe(200);
    expect(JSON.stringify(saved.body)).not.toContain('s3cret');
    expect(JSON.stringify((await call('GET', '/api/me/smtp')).body)).not.toContain('s3cret');
    const rows = await store.db.selectFrom('users').select('settings').execute();
    expect(JSON.stringify(rows)).not.toContain('s3cret');

    const app = await call('POST', '/api/applications', { company: 'Tailspin', role: 'Ops Manager' });
    const message = await call('POST', '/api/messages', {
      applicationId: app.body.id,
      kind: 'feedback-request',
      recipient: 'tom@tailspin.example',
      subject: 'Re: Your application',
      body: 'Hi Tom,\n\nThank you for letting me know.',
      threadRef: '<rejection-42@tailspin.example>',
    });
    const sent = await call('POST', `/api/messages/${message.body.id}/send`);
    expect(sent.body).toMatchObject({ status: 'sent' });
    expect(sent.body.status).toBe('sent');

    const parsed = await simpleParser(received.at(-1) ?? Buffer.from(''));
    expect(parsed.inReplyTo).toBe('<rejection-42@tailspin.example>');
    expect(parsed.references).toContain('<rejection-42@tailspin.example>');
    expect(parsed.subject).toBe('Re: Your application');
    expect(parsed.text).toContain('Thank you for letting me know.');

    const eml = await call('GET', `/api/messages/${message.body.id}/eml`);
    expect(eml.type).toBe('message/rfc822');
    expect(eml.body).toMatch(/In-Reply-To: <rejection-42@tailspin\.example>/i);
    const mailto = await call('GET', `/api/messages/${message.body.id}/mailto`);
    expect(mailto.body.url).toMatch(/^mailto:tom@tailspin\.example\?/);
  });

  it('loses nothing when the password is wrong or the server cannot be reached', async () => {
    const app = await call('POST', '/api/applications', { company: 'Fabrikam', role: 'Designer' });
    const draft = await call('POST', '/api/messages', {
      applicationId: app.body.id,
      kind: 'thank-you',
      recipient: 'kim@fabrikam.example',
      subject: 'Thank you',
      body: 'Thank you.',
    });

    await call('PUT', '/api/me/smtp', {
      host: '127.0.0.1',
      port: smtpPort,
      user: 'alex',
      password: 'wrong',
      from: 'alex@example.org',
      allowSelfSigned: true,
    });
    const refused = await call('POST', `/api/messages/${draft.body.id}/send`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('smtp_auth_failed');
    expect(JSON.stringify(refused.body)).not.toContain('wrong');

    await call('PUT', '/api/me/smtp', { host: '127.0.0.1', port: 1, user: 'alex', from: 'alex@example.org' });
    const unreachable = await call('POST', `/api/messages/${draft.body.id}/send`);
    expect(unreachable.status).toBe(422);
    expect((await call('GET', `/api/messages/${draft.body.id}`)).body.status).toBe('draft');
  });
});
