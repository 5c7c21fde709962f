import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from '../testing/smtp-server';
import { MailSendError, replySubject, type SmtpConfig, sendMail, toEml, toMailto } from './mail.sender';

// A real SMTP server on loopback: STARTTLS with its built-in test certificate, AUTH required.
let smtp: TestSmtpServer;
let received: ReceivedMail[] = [];
let port = 0;

beforeAll(async () => {
  smtp = await startTestSmtpServer((user, pass) => user === 'jamie' && pass === 'correct horse battery staple');
  received = smtp.received;
  port = smtp.port;
});

afterAll(async () => {
  await smtp.close();
});

const config = (): SmtpConfig => ({
  host: '127.0.0.1',
  port,
  user: 'jamie',
  password: 'correct horse battery staple',
  from: 'Jamie Rivera <jamie.rivera@example.net>',
  allowSelfSigned: true,
  timeoutMs: 5000,
});

const rejection = {
  messageId: '<rejection-42@tailspin.example>',
  references: ['<application-1@tailspin.example>'],
  subject: 'Operations Manager interview',
};

describe('sendMail through a real SMTP server', () => {
  it('delivers a feedback request in the rejection’s thread and returns its Message-ID', async () => {
    const body = 'Hi Tom,\n\nThank you for letting me know personally. I am not contesting the decision.\n\nJamie';
    const sent = await sendMail(config(), {
      to: 'Tom Becker <tom.becker@tailspin.example>',
      subject: replySubject(rejection.subject),
      text: body,
      inReplyTo: rejection.messageId,
      references: rejection.references,
    });
    expect(sent.messageId).toMatch(/^<[^@<>]+@example\.net>$/);
    expect(sent.accepted).toEqual(['tom.becker@tailspin.example']);
    expect(sent.response).toContain('queued as test-1');

    const message = received.at(-1);
    expect(message?.user).toBe('jamie');
    expect(message?.secure).toBe(true);
    expect(message?.from).toBe('jamie.rivera@example.net');
    expect(message?.to).toEqual(['tom.becker@tailspin.example']);
    const parsed = await simpleParser(message?.raw ?? Buffer.alloc(0));
    expect(parsed.messageId).toBe(sent.messageId);
    expect(parsed.inReplyTo).toBe('<rejection-42@tailspin.example>');
    expect(parsed.references).toEqual(['<application-1@tailspin.example>', '<rejection-42@tailspin.example>']);
    expect(parsed.subject).toBe('Re: Operations Manager interview');
    expect(parsed.text?.trim()).toBe(body);
    expect(parsed.from?.value[0]).toEqual({ address: 'jamie.rivera@example.net', name: 'Jamie Rivera' });
  });

  it('sends a new message without threading headers when it is not a reply', async () => {
    await sendMail(config(), {
      to: 'priya@contoso.example',
      subject: 'Thank you — Senior Support Engineer',
      text: 'Hi Priya',
    });
    const parsed = await simpleParser(received.at(-1)?.raw ?? Buffer.alloc(0));
    expect(parsed.inReplyTo).toBeUndefined();
    expect(parsed.headers.has('references')).toBe(false);
    expect(parsed.subject).toBe('Thank you — Senior Support Engineer');
  });

  it('explains a wrong password without revealing it, and sends nothing', async () => {
    const before = received.length;
    const error = await sendMail(
      { ...config(), password: 'hunter2-wrong' },
      { to: 'a@b.example', subject: 's', text: 't' },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailSendError);
    expect(error).toMatchObject({ code: 'smtp_auth_failed', status: 422 });
    expect(String((error as Error).message)).toMatch(/user name or password/);
    expect(JSON.stringify(error)).not.toContain('hunter2');
    expect(String((error as Error).message)).not.toContain('hunter2');
    expect(received.length).toBe(before);
  });

  it('explains an unreachable server as retryable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await sendMail({ ...config(), port: deadPort }, { to: 'a@b.example', subject: 's', text: 't' }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'smtp_unreachable', retryable: true });
    expect(String((error as Error).message)).toMatch(/Could not reach the mail server/);
  });
});

describe('toEml', () => {
  it('builds an RFC 5322 message a mail client opens ready to send, in the original thread', async () => {
    const eml = await toEml({
      from: 'Jamie Rivera <jamie.rivera@example.net>',
      to: 'tom.becker@tailspin.example',
      subject: 'Re: Operations Manager interview — café',
      text: 'Hi Tom,\n\nThank you.',
      inReplyTo: rejection.messageId,
      references: rejection.references,
    });
    const text = eml.toString('utf8');
    expect(text).toMatch(/\r\n\r\n/);
    expect(text.split('\r\n\r\n')[0]).not.toMatch(/[^\r]\n/);
    expect(text).toMatch(/^X-Unsent: 1$/m);
    const parsed = await simpleParser(eml);
    expect(parsed.subject).toBe('Re: Operations Manager interview — café');
    expect(parsed.inReplyTo).toBe(rejection.messageId);
    expect(parsed.references).toEqual([...rejection.references, rejection.messageId]);
    expect(parsed.text?.trim()).toBe('Hi Tom,\n\nThank you.');
    expect(parsed.messageId).toMatch(/@example\.net>$/);
  });
});

describe('toMailto', () => {
  it('encodes subject and body per RFC 6068 and says that threading is lost', () => {
    const link = toMailto({
      to: 'Tom Becker <tom.becker@tailspin.example>',
      subject: 'Re: Ops & planning? 100%',
      text: 'Hi Tom,\nThanks (really)!',
      inReplyTo: rejection.messageId,
    });
    expect(link.url).toBe(
      'mailto:tom.becker@tailspin.example?subject=Re%3A%20Ops%20%26%20planning%3F%20100%25&body=Hi%20Tom%2C%0D%0AThanks%20%28really%29%21',
    );
    const url = new URL(link.url);
    expect(url.searchParams.get('subject')).toBe('Re: Ops & planning? 100%');
    expect(url.searchParams.get('body')).toBe('Hi Tom,\r\nThanks (really)!');
    expect(link.reason).toMatch(/In-Reply-To/);
  });

  it('has no reason when nothing is lost', () => {
    expect(toMailto({ to: 'a@b.example', subject: 'Hello', text: 'Hi' }).reason).toBeNull();
  });
});
