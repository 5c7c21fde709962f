import { z } from 'zod';
import { importProposal } from '../../services/mail/mail-import.service';
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
  return [
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
