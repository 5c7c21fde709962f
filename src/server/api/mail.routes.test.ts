import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailPort } from '../../mail/mail.port';
import { createServices } from '../../services/services';
import { openStore, type Store } from '../../store/store';
import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from '../../testing/smtp-server';
import { type RunningServer, startServer } from '../server';

describe('sending through the user own mailbox', () => {
  let smtp: TestSmtpServer;
  let received: ReceivedMail[] = [];
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
    smtp = await startTestSmtpServer((user, pass) => user === 'alex' && pass === 's3cret pass');
    received = smtp.received;
    smtpPort = smtp.port;
    store = await openStore({ kind: 'sqlite', file: ':memory:' });
    const mail = await createMailPort(mkdtempSync(join(tmpdir(), 'nextround-mail-')));
    server = await startServer(createServices(store, { mail }), { port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
    await smtp.close();
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
    // Before sending, the draft can also go to a mail client, still threaded under the rejection.
    const eml = await call('GET', `/api/messages/${message.body.id}/eml`);
    expect(eml.type).toBe('message/rfc822');
    expect(eml.body).toMatch(/In-Reply-To: <rejection-42@tailspin\.example>/i);
    const mailto = await call('GET', `/api/messages/${message.body.id}/mailto`);
    expect(mailto.body.url).toMatch(/^mailto:tom@tailspin\.example\?/);

    const before = received.length;
    // A double click: the email goes out once, the second click is refused.
    const [sent, again] = await Promise.all([
      call('POST', `/api/messages/${message.body.id}/send`),
      call('POST', `/api/messages/${message.body.id}/send`),
    ]);
    expect(sent.body).toMatchObject({ status: 'sent' });
    expect([400, 409]).toContain(again.status);
    expect(received.length).toBe(before + 1);

    const parsed = await simpleParser(received.at(-1)?.raw ?? Buffer.from(''));
    expect(parsed.inReplyTo).toBe('<rejection-42@tailspin.example>');
    expect(parsed.references).toContain('<rejection-42@tailspin.example>');
    expect(parsed.subject).toBe('Re: Your application');
    expect(parsed.from?.value).toEqual([{ name: 'Alex Morgan', address: 'alex@example.org' }]);
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : '').toBe('tom@tailspin.example');
    expect(parsed.text).toContain('Thank you for letting me know.');

    // The sent email's Message-ID is kept, so a nudge drafted later replies under the request itself.
    expect(parsed.messageId).toMatch(/^<.+@example\.org>$/);
    const stored = await call('GET', `/api/messages/${message.body.id}`);
    expect(stored.body).toMatchObject({ status: 'sent', threadRef: parsed.messageId });
    expect(stored.body.sentAt).toEqual(expect.any(String));
    const nudge = await call('POST', '/api/drafts', { kind: 'nudge', applicationId: app.body.id });
    expect(nudge.body).toMatchObject({ threadRef: parsed.messageId, subject: 'Re: Your application' });
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
    expect(unreachable.body.error.code).toBe('smtp_unreachable');
    const kept = await call('GET', `/api/messages/${draft.body.id}`);
    expect(kept.body).toMatchObject({ status: 'draft', body: 'Thank you.', threadRef: null });
  });

  it('tests settings before saving them, explains bad input, and forgets the mailbox on request', async () => {
    const good = {
      host: '127.0.0.1',
      port: smtpPort,
      user: 'alex',
      password: 's3cret pass',
      from: 'Alex Morgan <alex@example.org>',
      allowSelfSigned: true,
    };
    const before = received.length;
    const tested = await call('POST', '/api/me/smtp/test', good);
    expect(tested.status).toBe(200);
    expect(tested.body.to).toBe('alex@example.org');
    expect(received.length).toBe(before + 1);
    const test = await simpleParser(received.at(-1)?.raw ?? Buffer.from(''));
    expect(test.subject).toBe('Nextround test email');
    expect(test.to && !Array.isArray(test.to) ? test.to.text : '').toBe('alex@example.org');
    // Testing saves nothing: the server from the previous test is still the one stored.
    expect((await call('GET', '/api/me/smtp')).body).toMatchObject({ configured: true, port: 1 });

    const wrong = await call('POST', '/api/me/smtp/test', { ...good, password: 'nope' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('smtp_auth_failed');
    expect(wrong.body.error.message).toMatch(/user name or password/);

    const badHost = await call('PUT', '/api/me/smtp', { ...good, host: 'smtp://mail.example.org:587' });
    expect(badHost.status).toBe(400);
    expect(badHost.body.error.details).toEqual([{ path: 'host', message: expect.stringMatching(/server name only/) }]);
    const badFrom = await call('PUT', '/api/me/smtp', { ...good, from: 'Alex Morgan' });
    expect(badFrom.status).toBe(400);
    expect(badFrom.body.error.details[0]).toMatchObject({ path: 'from' });

    // Saved with the password, then tested with it left out: the stored one is used.
    const saved = await call('PUT', '/api/me/smtp', good);
    expect(saved.body).toMatchObject({ configured: true, hasPassword: true, host: '127.0.0.1' });
    const { password: _left, ...withoutPassword } = good;
    expect((await call('POST', '/api/me/smtp/test', withoutPassword)).status).toBe(200);

    const removed = await call('DELETE', '/api/me/smtp');
    expect(removed.status).toBe(204);
    expect((await call('GET', '/api/me/smtp')).body).toEqual({ configured: false });
    const rows = await store.db.selectFrom('users').select('settings').execute();
    expect(JSON.stringify(rows)).not.toContain('smtp');

    const app = await call('POST', '/api/applications', { company: 'Contoso', role: 'Analyst' });
    const draft = await call('POST', '/api/messages', {
      applicationId: app.body.id,
      kind: 'thank-you',
      recipient: 'li@contoso.example',
      subject: 'Thank you',
      body: 'Thank you.',
    });
    const refused = await call('POST', `/api/messages/${draft.body.id}/send`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/Set up your outgoing mail server/);
  });
});
