import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../testing/cli-process';

const work = mkdtempSync(join(tmpdir(), 'nextround-mail-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const message = (separator: string, headers: string[], body: string) =>
  [`From ${separator}`, ...headers, 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\n');

/** One role's emails as a mail program exports them: the acknowledgement, the invitation, the rejection replying to it. */
const mbox = [
  message(
    'careers@fabrikam.example Mon Nov  9 10:00:00 2026',
    [
      'From: Fabrikam Careers <careers@fabrikam.example>',
      'Subject: We received your application for Product Designer',
      'Date: Mon, 09 Nov 2026 10:00:00 +0000',
      'Message-ID: <ack-1@fabrikam.example>',
    ],
    'Hi Alex,\n\nThank you for applying for the Product Designer position at Fabrikam. We have received your application and our team will review it shortly.\n\nFabrikam Talent Team',
  ),
  message(
    'dana.lee@fabrikam.example Mon Nov 16 09:30:00 2026',
    [
      'From: Dana Lee <dana.lee@fabrikam.example>',
      'Subject: Interview invitation: Product Designer at Fabrikam',
      'Date: Mon, 16 Nov 2026 09:30:00 +0000',
      'Message-ID: <invite-1@fabrikam.example>',
    ],
    'Hi Alex,\n\nThanks for applying for the Product Designer role at Fabrikam. We would like to invite you to a 45-minute video interview with the design team next week. Please let me know which times suit you.\n\nDana',
  ),
  message(
    'dana.lee@fabrikam.example Tue Nov 24 16:00:00 2026',
    [
      'From: Dana Lee <dana.lee@fabrikam.example>',
      'Subject: Re: Interview invitation: Product Designer at Fabrikam',
      'Date: Tue, 24 Nov 2026 16:00:00 +0000',
      'Message-ID: <reject-1@fabrikam.example>',
      'In-Reply-To: <invite-1@fabrikam.example>',
      'References: <invite-1@fabrikam.example>',
    ],
    'Hi Alex,\n\nThank you for taking the time to meet the team. Unfortunately we have decided not to move forward with your application. We wish you the best of luck in your search.\n\nDana',
  ),
].join('\n');

describe('nextround mail import', () => {
  it('turns one role’s acknowledgement, interview and rejection into one application, once', async () => {
    const file = join(work, 'Fabrikam.mbox');
    writeFileSync(file, mbox);
    const data = join(work, 'data');

    const dry = await runCli(['mail', 'import', '--json', '--data', data, file]);
    expect(dry.code).toBe(0);
    const { proposals } = JSON.parse(dry.stdout) as { proposals: Array<Record<string, unknown>> };
    expect(proposals.map((p) => [p.action, (p.mail as { kind: string }).kind])).toEqual([
      ['create-application', 'acknowledgement'],
      ['record-event', 'interview'],
      ['record-event', 'rejection'],
    ]);

    const applied = await runCli(['mail', 'import', '--apply', '--data', data, file]);
    expect(applied.stdout).toContain('Applied 3, skipped 0.');
    const list = await runCli(['list', 'applications', '--json', '--data', data]);
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({
        company: 'Fabrikam',
        role: 'Product Designer',
        stage: 'interview',
        outcome: 'rejected',
      }),
    ]);

    const again = await runCli(['mail', 'import', '--apply', '--data', data, file]);
    expect(again.stdout).toContain('Applied 0, skipped 3.');
  }, 60_000);
});
