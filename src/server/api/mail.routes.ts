import { z } from 'zod';
import { importProposal } from '../../services/mail/mail-import.service';
import { smtpSettingsInput } from '../../services/mail/mail-outbox.service';
import type { Services } from '../../services/services';
import type { Actor } from '../../services/services.context';
import type { RouteSpec } from '../server.routes';

const uploads = z.object({
  files: z
    .array(z.object({ name: z.string().min(1).max(300), content: z.string() }))
    .min(1)
    .max(200),
});
const applyBody = z.object({ proposals: z.array(importProposal).max(20_000) });

/** Mail import for the review queue: read uploaded emails into proposals, then apply what the user accepts. */
export function mailRoutes(services: Services, actorOf: (c: unknown) => Actor): RouteSpec[] {
  const { outbox } = services;
  return [
    {
      method: 'get',
      path: '/api/me/smtp',
      tag: 'mail',
      summary: 'Your outgoing mail server (the password is never returned, only whether one is stored)',
      handler: async (c) => (await outbox.settings(actorOf(c))) ?? { configured: false },
    },
    {
      method: 'put',
      path: '/api/me/smtp',
      tag: 'mail',
      summary: 'Set your outgoing mail server; the password is stored encrypted',
      body: smtpSettingsInput,
      handler: (c, { body }) => outbox.saveSettings(actorOf(c), body),
    },
    {
      method: 'delete',
      path: '/api/me/smtp',
      tag: 'mail',
      summary: 'Forget your outgoing mail server and its password',
      status: 204,
      handler: (c) => outbox.removeSettings(actorOf(c)),
    },
    {
      method: 'post',
      path: '/api/me/smtp/test',
      tag: 'mail',
      summary:
        'Send a test email to your from address through these settings (nothing is saved; a left-out password means the stored one)',
      body: smtpSettingsInput,
      handler: (c, { body }) => outbox.testSettings(actorOf(c), body),
    },
    {
      method: 'post',
      path: '/api/messages/:id/send',
      tag: 'mail',
      summary:
        'Send a message through your own mail server (a reply stays in its thread), mark it sent and keep its Message-ID as the thread reference',
      handler: (c, { params }) => outbox.send(actorOf(c), params.id ?? ''),
    },
    {
      method: 'get',
      path: '/api/messages/:id/eml',
      tag: 'mail',
      summary: 'The message as an .eml file to open in a mail client',
      handler: async (c, { params }) => {
        const eml = await outbox.eml(actorOf(c), params.id ?? '');
        return c.body(new Uint8Array(eml), 200, {
          'content-type': 'message/rfc822',
          'content-disposition': `attachment; filename="nextround-${params.id}.eml"`,
        });
      },
    },
    {
      method: 'get',
      path: '/api/messages/:id/mailto',
      tag: 'mail',
      summary: 'A mailto: link for the message (and what it loses, e.g. threading)',
      handler: (c, { params }) => outbox.mailto(actorOf(c), params.id ?? ''),
    },
    {
      method: 'post',
      path: '/api/mail/preview',
      tag: 'mail',
      summary: 'Read uploaded .eml/.mbox files and propose what to record (nothing changes)',
      body: uploads,
      maxBody: 25 * 1024 * 1024,
      handler: async (c, { body }) => {
        const { readUploadsForImport } = await import('../../mail/mail.import');
        const { mails, errors } = await readUploadsForImport(uploads.parse(body).files);
        return { proposals: await services.mailImport.plan(actorOf(c), mails), errors };
      },
    },
    {
      method: 'post',
      path: '/api/mail/apply',
      tag: 'mail',
      summary: 'Apply the accepted proposals (applying the same email twice changes nothing)',
      body: applyBody,
      maxBody: 25 * 1024 * 1024,
      handler: (c, { body }) => services.mailImport.apply(actorOf(c), applyBody.parse(body).proposals),
    },
  ];
}
