import { describe, expect, it } from 'vitest';
import { isNoReplyAddress } from './mail.address';
import { classifyMail } from './mail.classifier';
import type { MailContent } from './mail.types';

function mail(text: string, overrides: Partial<MailContent> = {}): MailContent {
  return {
    subject: 'Your application',
    from: { name: 'Sam Lee', address: 'sam.lee@northwind.example' },
    text,
    isNoReply: false,
    bulk: { listUnsubscribe: false, listId: false, precedence: null },
    calendarInvite: false,
    ...overrides,
  };
}

describe('classifyMail: the kind, with language handling', () => {
  it.each([
    ['Unfortunately we will not be moving forward with your application.', 'rejection'],
    ["We'd like to move forward and invite you to a video interview next week.", 'interview'],
    ['We are pleased to offer you the position of Data Analyst.', 'offer'],
    ['We have received your application and will review it shortly.', 'acknowledgement'],
    ['Here are 12 new jobs matching your saved search. Unsubscribe at any time.', 'other'],
    ['Regrettably, we are unable to offer you an interview on this occasion.', 'rejection'],
    ['We will not be inviting you to the next stage of the process.', 'rejection'],
    ['After careful thought we have decided to go in a different direction.', 'rejection'],
    ["We've decided to hire internally for this position.", 'rejection'],
    ['Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.', 'rejection'],
    ['Nous avons bien reçu votre candidature et nous reviendrons vers vous.', 'acknowledgement'],
  ])('%s → %s', (text, kind) => {
    expect(classifyMail(mail(text)).kind).toBe(kind);
  });

  it('does not read a conditional promise as an invitation or a rejection', () => {
    const ack = mail(
      'We have received your application. If your profile matches, we will invite you to an interview. If you have not heard from us within four weeks, please assume your application has not been successful.',
    );
    expect(classifyMail(ack).kind).toBe('acknowledgement');
  });

  it('ignores the quoted history of a reply', () => {
    const reply = mail(
      "Thanks for your time. I'm sorry to say we've decided to go with another candidate.\n\nOn Tue, 3 Nov 2026 Jamie wrote:\n> I'd love to schedule a follow-up interview.",
    );
    expect(classifyMail(reply).kind).toBe('rejection');
  });

  it('lets a decisive no outweigh mentions of interviews and take-homes', () => {
    const result = classifyMail(
      mail(
        'Thank you for the take-home. We have decided not to continue with your application to the next interview round.',
        {
          subject: 'Take-home results',
        },
      ),
    );
    expect(result.kind).toBe('rejection');
  });

  it('does not take the user’s own sent mail or an out-of-office reply for news', () => {
    const sent = mail(
      'I understand you have decided not to move forward with my application. Could I ask for feedback?',
      {
        sentByUser: true,
      },
    );
    expect(classifyMail(sent).kind).toBe('other');
    const away = mail('I am out of the office until Monday. Unfortunately I will not be able to reply.', {
      subject: 'Automatic reply: Data Analyst interview',
    });
    expect(classifyMail(away).kind).toBe('other');
  });

  it('treats a recruiter’s first approach as other, not an interview', () => {
    const result = classifyMail(mail('I came across your profile. Would you be open to a quick call this week?'));
    expect(result.kind).toBe('other');
  });
});

describe('classifyMail: the employer, never the platform or the agency', () => {
  it('takes the employer from "X via Greenhouse" and the role from the body', () => {
    const result = classifyMail(
      mail('Thank you for applying for the Backend Engineer role. Unfortunately we will not be moving forward.', {
        from: { name: 'Lumen Labs via Greenhouse', address: 'no-reply@us.greenhouse-mail.io' },
        isNoReply: true,
      }),
    );
    expect(result).toMatchObject({
      kind: 'rejection',
      company: 'Lumen Labs',
      role: 'Backend Engineer',
      platform: 'Greenhouse',
    });
  });

  it('names the agency’s client, not the agency', () => {
    const result = classifyMail(
      mail(
        'My client, Orbital Insurance, would like to invite you to a first interview for the Risk Analyst position.',
        {
          from: { name: 'Sam Patel', address: 'sam.patel@hays.com' },
        },
      ),
    );
    expect(result).toMatchObject({
      kind: 'interview',
      company: 'Orbital Insurance',
      role: 'Risk Analyst',
      agency: 'Hays',
    });
  });

  it('leaves the company empty when an agency does not name its client', () => {
    const result = classifyMail(
      mail('Unfortunately my client has decided not to progress your application for the Data Engineer role.', {
        from: { name: 'Sam Patel', address: 'sam.patel@hays.com' },
      }),
    );
    expect(result.kind).toBe('rejection');
    expect(result.company).toBeNull();
  });

  it('falls back to the sender’s domain', () => {
    const result = classifyMail(
      mail('Hi Jamie, I am sorry to say we have offered the role to another candidate.', {
        from: { name: 'Tom Becker', address: 'tom.becker@tailspin-toys.com' },
      }),
    );
    expect(result.company).toBe('Tailspin Toys');
  });

  it('reads the message inside a forward', () => {
    const result = classifyMail(
      mail(
        'fyi\n\n---------- Forwarded message ---------\nFrom: Contoso Careers <careers@contoso.example>\nDate: Mon, 2 Nov 2026\nSubject: Interview for Support Engineer at Contoso\nTo: <jamie@example.net>\n\nWe would like to invite you to an interview.',
        {
          subject: 'Fwd: Interview for Support Engineer at Contoso',
          from: { name: 'Jamie', address: 'jamie@gmail.com' },
        },
      ),
    );
    expect(result).toMatchObject({ kind: 'interview', company: 'Contoso', role: 'Support Engineer' });
  });
});

describe('isNoReplyAddress', () => {
  it.each([
    ['no-reply@us.greenhouse-mail.io', true],
    ['noreply@teamtailor-mail.com', true],
    ['donotreply@cobaltsystems.com', true],
    ['do_not_reply@x.example', true],
    ['jobalerts-noreply@linkedin.com', true],
    ['priya.shah@contoso.example', false],
    ['careers@fabrikam.example', false],
  ])('%s → %s', (address, expected) => {
    expect(isNoReplyAddress(address)).toBe(expected);
  });
});
