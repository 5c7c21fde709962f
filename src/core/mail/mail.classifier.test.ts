import { describe, expect, it } from 'vitest';
import { isNoReplyAddress } from './mail.address';
import { classifyMail } from './mail.classifier';
import { cleanRole } from './mail.extractor';
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
    ['Nach sorgfältiger Prüfung haben wir uns entschieden, die Stelle anderweitig zu besetzen.', 'rejection'],
    ['Wir freuen uns, Ihnen die Stelle als Disponent anbieten zu können.', 'offer'],
    ["Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.", 'rejection'],
    ['Nous souhaitons vous rencontrer. Seriez-vous disponible mardi à 14h ?', 'interview'],
    ['Lamentamos informarte de que no hemos seleccionado tu candidatura.', 'rejection'],
    ['Nos gustaría invitarte a una entrevista el martes a las 10:00.', 'interview'],
    ['慎重に選考を重ねました結果、誠に残念ながら今回はご期待に沿えない結果となりました。', 'rejection'],
    [
      '書類選考の結果、ぜひ一次面接にお越しいただきたくご連絡いたしました。ご都合の良い日時をお知らせください。',
      'interview',
    ],
    ['厳正なる選考の結果、採用させていただくことに決定いたしました。内定通知書を添付いたします。', 'offer'],
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

describe('classifyMail: the candidate is never the employer', () => {
  const alex = { name: 'Alex Moreau', address: 'alex.moreau@example.org' };

  it('cuts the candidate’s name out of a calendar title', () => {
    const result = classifyMail(
      mail(
        'Alex Moreau / Tidewater Bank - Risk Analyst - Hiring Manager Interview\nOrganizer: rachel.kim@tidewaterbank.com',
        {
          subject:
            'Invitation: Alex Moreau / Tidewater Bank - Risk Analyst - Hiring Manager Interview @ Thu Nov 5, 2026 10am - 10:45am (EST) (alex.moreau@example.org)',
          from: { name: 'Rachel Kim', address: 'rachel.kim@tidewaterbank.com' },
          to: [alex],
          calendarInvite: true,
        },
      ),
    );
    expect(result).toMatchObject({ kind: 'interview', company: 'Tidewater Bank', role: 'Risk Analyst' });
  });

  it('knows the name from a first.last address, even as an initial, and is less sure of a domain guess', () => {
    const result = classifyMail(
      mail('', {
        subject: 'Jordan Ellis - Interview - Senior Auditor',
        from: { name: 'Rob Tanner', address: 'rob.tanner@northgate-audit.co.uk' },
        to: [{ name: '', address: 'j.ellis@proton.me' }],
        calendarInvite: true,
      }),
    );
    expect(result).toMatchObject({ kind: 'interview', company: 'Northgate Audit', role: 'Senior Auditor' });
    expect(result.confidence).toBeLessThanOrEqual(0.8);
  });

  it('keeps an employer that shares the candidate’s surname', () => {
    const result = classifyMail(
      mail('Unfortunately we will not be moving forward with your application for the Supply Planner position.', {
        subject: 'Your application to Johnson & Johnson',
        from: { name: 'Johnson & Johnson', address: 'no-reply@jnj.myworkday.com' },
        isNoReply: true,
        to: [{ name: 'Emma Johnson', address: 'emma.johnson@gmail.com' }],
      }),
    );
    expect(result.company).toBe('Johnson & Johnson');
  });

  it('treats whoever forwarded an email as the candidate too', () => {
    const result = classifyMail(
      mail(
        '---------- Forwarded message ---------\nFrom: Rachel Kim <rachel.kim@tidewaterbank.com>\nSubject: Alex Moreau x Tidewater Bank | Risk Analyst | Final Interview\n\nHi Alex, we would like to invite you to a final interview on Thursday at 10am.',
        { subject: 'Fwd: Alex Moreau x Tidewater Bank | Risk Analyst | Final Interview', from: alex },
      ),
    );
    expect(result).toMatchObject({ kind: 'interview', company: 'Tidewater Bank', role: 'Risk Analyst' });
  });
});

describe('classifyMail: e-signature services carry the employer’s document', () => {
  it('reads the document title of a DocuSign envelope, not its imperative or the sender’s name', () => {
    const result = classifyMail(
      mail('Fiona Park sent you a document to review and sign.\n\nFiona Park\nfiona.park@clearwateranalytics.com', {
        subject: 'Please DocuSign: Alex Moreau - Offer Letter - Clearwater Analytics',
        from: { name: 'Fiona Park via DocuSign', address: 'dse_na3@docusign.net' },
        to: [{ name: '', address: 'alex.moreau@example.org' }],
      }),
    );
    expect(result).toMatchObject({ kind: 'offer', company: 'Clearwater Analytics', platform: 'DocuSign' });
  });

  it('falls back to the Reply-To domain when the document does not name the employer', () => {
    const result = classifyMail(
      mail('Hi Priya, congratulations! Here is your offer letter.', {
        subject: 'Lena Fischer sent you "Offer Letter – Priya Nair – Growth Marketing Manager"',
        from: { name: 'Lena Fischer (via PandaDoc)', address: 'docs@pandadoc.net' },
        replyTo: { name: '', address: 'lena.fischer@riverstone-media.com' },
        to: [{ name: 'Priya Nair', address: 'pnair@outlook.com' }],
      }),
    );
    expect(result).toMatchObject({ kind: 'offer', company: 'Riverstone Media', role: 'Growth Marketing Manager' });
  });
});

describe('cleanRole', () => {
  it.each([
    ['Mobile Developer (iOS)', 'Mobile Developer (iOS)'],
    ['Data Engineer contract', 'Data Engineer'],
    ['Payroll Specialist (temp to perm)', 'Payroll Specialist'],
    ['Marketing Manager, 12 month FTC', 'Marketing Manager'],
    ['Clinical Nurse Specialist (Band 7)', 'Clinical Nurse Specialist'],
    ['Konstrukteur (m/w/d)', 'Konstrukteur'],
    ['Chargé de communication', 'Chargé de communication'],
    ['Tu candidatura para Recepcionista de noche', 'Recepcionista de noche'],
    ['the post of Lecturer in Computer Science', 'Lecturer in Computer Science'],
    ['Product Designer Portfolio Review', 'Product Designer'],
    ['Head of Contract', 'Head of Contract'],
  ])('%s → %s', (raw, role) => {
    expect(cleanRole(raw)).toBe(role);
  });
});

describe('classifyMail: roles and employers in other languages', () => {
  it('finds the role after "au poste de"', () => {
    const result = classifyMail(
      mail(
        "Nous vous remercions de votre candidature au poste de Chargé de communication. Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
        { from: { name: 'Vélorama via SmartRecruiters', address: 'noreply@smartrecruiters.com' }, isNoReply: true },
      ),
    );
    expect(result).toMatchObject({ kind: 'rejection', company: 'Vélorama', role: 'Chargé de communication' });
  });

  it('reads a Japanese company and role, which are written without spaces', () => {
    const result = classifyMail(
      mail(
        'この度は株式会社サクラテックのバックエンドエンジニア職にご応募いただき、誠にありがとうございました。慎重に選考を重ねました結果、今回はご期待に沿えない結果となりました。',
        { subject: '選考結果のご連絡', from: { name: '採用担当', address: 'saiyo@sakuratech.co.jp' } },
      ),
    );
    expect(result).toMatchObject({ kind: 'rejection', company: 'サクラテック', role: 'バックエンドエンジニア' });
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
