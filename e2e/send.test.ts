import { simpleParser } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtpServer, type TestSmtpServer } from '../src/testing/smtp-server';
import { type AppSession, screenshot, seriousViolations, startApp } from './e2e.browser';
import { applicationWithInterview } from './e2e.data';

const rejectionId = '<e2e-rejection-northwind@northwind.example>';

describe('Send from my own mailbox', () => {
  let smtp: TestSmtpServer;
  let smtpPort = 0;
  /** The emails the server received, parsed. */
  const received = () => Promise.all(smtp.received.map((mail) => simpleParser(mail.raw)));
  // Set to make the server refuse every sign-in, as after a password change at the provider.
  let refuseLogins = false;
  let app: AppSession | undefined;

  beforeAll(async () => {
    // A real SMTP server on loopback, with a sign-in and STARTTLS on a self-signed certificate, as a home server has.
    smtp = await startTestSmtpServer(
      (user, pass) => !refuseLogins && user === 'alex@example.org' && pass === 'app pass 42',
    );
    smtpPort = smtp.port;
  });
  afterAll(async () => {
    await smtp.close();
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('sets up the mailbox in Settings, then sends a feedback request from Compose into the rejection’s thread', async () => {
    app = await startApp();
    const { page } = app;
    const h1 = (text: string | RegExp) => page.locator('main h1', { hasText: text }).waitFor();
    const { application } = await applicationWithInterview(app);
    // The rejection came by email from Dana: the request should reply in that thread.
    await app.api('POST', `/api/applications/${application.id}/events`, {
      stage: 'interview',
      outcome: 'rejected',
      channel: 'email',
      occurredAt: '2026-11-23T10:00:00.000Z',
      note: 'We have decided to move forward with other candidates.',
      email: {
        from: 'Dana Whitfield <dana@northwind.example>',
        subject: 'Your application for Data Analyst',
        messageId: rejectionId,
      },
    });
    await app.setClock('2026-11-23T15:00:00.000Z');

    // Without a mailbox, Compose keeps its other ways out and points quietly to the settings.
    await app.open(`/compose?kind=feedback-request&applicationId=${application.id}`);
    await h1(/Feedback request/);
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe('dana@northwind.example');
    expect(await page.getByRole('button', { name: 'Send', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Mark as sent' }).waitFor();
    await screenshot(page, 'compose-no-mailbox');
    await page.getByRole('link', { name: 'Send from your own mailbox' }).click();
    await h1('Settings');
    await page.getByText('Not set up').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'settings-mailbox-empty');

    // Bad input is named next to its field, and nothing typed is lost.
    const host = page.getByLabel('Outgoing mail server (SMTP)');
    const port = page.getByLabel('Port', { exact: true });
    const user = page.getByLabel('User name');
    const password = page.getByLabel('Password', { exact: true });
    const from = page.getByLabel('Send from', { exact: true });
    await host.fill('smtp://127.0.0.1');
    await port.fill(String(smtpPort));
    await user.fill('alex@example.org');
    await password.fill('wrong password');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Enter the server name only').waitFor();
    await page.getByText('Enter the address to send from').waitFor();
    expect(await host.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await host.getAttribute('id'));
    expect(await app.api('GET', '/api/me/smtp')).toEqual({ configured: false });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'settings-mailbox-invalid');

    // A wrong password: a clear reason, the form as typed.
    await host.fill('127.0.0.1');
    await from.fill('Alex Morgan <alex@example.org>');
    await page.getByLabel('Accept a self-signed certificate').check();
    await page.getByRole('button', { name: 'Send a test email' }).click();
    await page.getByRole('alert').filter({ hasText: 'refused the user name or password' }).waitFor();
    expect(await host.inputValue()).toBe('127.0.0.1');
    expect(await password.inputValue()).toBe('wrong password');
    expect(await from.inputValue()).toBe('Alex Morgan <alex@example.org>');
    expect(await received()).toHaveLength(0);

    // The right one: the test email arrives, and saving says what it changed.
    await password.fill('app pass 42');
    await page.getByRole('button', { name: 'Send a test email' }).click();
    await page.getByRole('status').filter({ hasText: 'accepted a test email to alex@example.org' }).waitFor();
    expect((await received()).at(-1)?.subject).toBe('Nextround test email');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByText('Set up', { exact: true }).waitFor();
    // The password is never shown again, nor answered by the API.
    expect(await password.inputValue()).toBe('');
    await page.getByText('A password is saved (never shown)').waitFor();
    expect(JSON.stringify(await app.api('GET', '/api/me/smtp'))).not.toContain('app pass 42');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'settings-mailbox-saved');
    // At phone width the form fits without sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'settings-mailbox-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Back to the draft, which now has Send.
    await page.getByRole('link', { name: 'Back to your message' }).click();
    await h1(/Feedback request/);
    const send = page.getByRole('button', { name: 'Send', exact: true });
    await send.waitFor();
    await page.getByText('Sends from Alex Morgan <alex@example.org> through 127.0.0.1').waitFor();
    const body = await page.getByLabel('Message', { exact: true }).inputValue();
    const subject = await page.getByLabel('Subject').inputValue();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'compose-send');

    // The server refuses: a clear reason, a way to the settings, and the message still there.
    refuseLogins = true;
    await send.click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Not sent: The mail server refused the user name or password' })
      .waitFor();
    await page.getByRole('link', { name: 'Check your mailbox settings' }).waitFor();
    expect(await page.getByLabel('Message', { exact: true }).inputValue()).toBe(body);
    expect(await received()).toHaveLength(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'compose-send-refused');

    refuseLogins = false;
    await send.click();
    await h1('Northwind Traders — Data Analyst');
    await page.getByRole('status').filter({ hasText: 'Feedback request sent to dana@northwind.example' }).waitFor();

    // What the server received: a reply in the rejection's thread, from the user's own address.
    const all = await received();
    const mail = all.at(-1);
    expect(all).toHaveLength(2);
    expect(mail?.inReplyTo).toBe(rejectionId);
    expect(mail?.references).toContain(rejectionId);
    expect(subject).toBe('Re: Your application for Data Analyst');
    expect(mail?.subject).toBe(subject);
    expect(mail?.from?.value).toEqual([{ name: 'Alex Morgan', address: 'alex@example.org' }]);
    expect(mail?.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : []).toEqual([
      'dana@northwind.example',
    ]);
    expect(mail?.text?.replace(/\s+/g, ' ').trim()).toBe(body.replace(/\s+/g, ' ').trim());

    // Stored as sent, with the sent email's Message-ID to thread a nudge under.
    const detail = await app.api<{ messages: { kind: string; status: string; threadRef: string | null }[] }>(
      'GET',
      `/api/applications/${application.id}`,
    );
    const request = detail.messages.find((m) => m.kind === 'feedback-request');
    expect(request).toMatchObject({ status: 'sent', threadRef: mail?.messageId });

    // Removing the mailbox takes Send away again.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await h1('Settings');
    await page.getByRole('button', { name: 'Remove this mailbox' }).click();
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await page.getByRole('status').filter({ hasText: 'Removed, with its password.' }).waitFor();
    await page.getByText('Not set up').waitFor();
    expect(await app.api('GET', '/api/me/smtp')).toEqual({ configured: false });
    await app.open(`/compose?kind=thank-you&applicationId=${application.id}`);
    await page.getByRole('link', { name: 'Send from your own mailbox' }).waitFor();
    expect(await page.getByRole('button', { name: 'Send', exact: true }).count()).toBe(0);
  });
});
