import { describe, expect, it } from 'vitest';
import { noFeedbackAlternatives, regionFromTimeZone } from './decisions.alternatives';
import { makeApplication, makeContact, makeInterview, makeMessage, makeRejection } from './decisions.factories';
import {
  decideFeedbackRequest,
  type FeedbackRequestInput,
  feedbackRequestTiming,
  replySubject,
} from './decisions.feedback-request';
import { debriefDue, decideNudge, ghostedCheck, keepInTouchDue, thankYouDue } from './decisions.timing';

const zone = 'Europe/London';
// Rejection on Monday 23 November 2026 at 10:00 London; "now" is the same afternoon.
const afternoon = '2026-11-23T15:00:00.000Z';

const interviewer = makeContact({ id: 'c-int', name: 'Priya Shah', email: 'priya.shah@acme.com' });
const recruiter = makeContact({
  id: 'c-rec',
  name: 'Sam Taylor',
  role: 'recruiter',
  email: 'sam.taylor@acme.com',
});

function input(overrides: Partial<FeedbackRequestInput> = {}): FeedbackRequestInput {
  return {
    application: makeApplication(),
    contacts: [interviewer, recruiter],
    interviews: [makeInterview({ interviewerIds: ['c-int'] })],
    rejection: makeRejection(),
    messages: [],
    ...overrides,
  };
}

describe('whether to ask for feedback', () => {
  it('does not ask after an automated rejection at the CV screen', () => {
    const decision = decideFeedbackRequest(
      input({
        application: makeApplication({ stage: 'applied' }),
        interviews: [],
        rejection: makeRejection({
          stage: 'applied',
          channel: 'automated',
          email: { from: 'Acme Careers <no-reply@acme.com>', subject: 'Your application', noReply: true },
        }),
      }),
      afternoon,
      zone,
    );
    expect(decision.shouldAsk).toBe(false);
    expect(decision.reason).toMatch(/automated/i);
    expect(decision.alternatives.map((a) => a.kind)).toContain('other-openings');
  });

  it('asks after a human interview, even when the rejection itself was automated', () => {
    const decision = decideFeedbackRequest(
      input({
        rejection: makeRejection({
          channel: 'automated',
          email: { from: 'noreply@acme-careers.com', subject: 'Update', noReply: true },
        }),
      }),
      afternoon,
      zone,
    );
    expect(decision.shouldAsk).toBe(true);
    expect(decision.recipient?.contactId).toBe('c-int');
    expect(decision.channel?.channel).toBe('email');
    expect(decision.channel?.to).toBe('priya.shah@acme.com');
    expect(decision.channel?.threadRef).toBeNull();
    expect(decision.recipient?.reason).toMatch(/nobody reads/);
  });

  it('recognises a no-reply sender by its address when the import did not flag it', () => {
    const decision = decideFeedbackRequest(
      input({ rejection: makeRejection({ email: { from: 'Acme <do-not-reply@acme.com>', subject: 'Update' } }) }),
      afternoon,
      zone,
    );
    expect(decision.recipient?.contactId).toBe('c-int');
    expect(decision.channel?.threadRef).toBeNull();
  });

  it('does not ask twice', () => {
    const decision = decideFeedbackRequest(input({ messages: [makeMessage()] }), afternoon, zone);
    expect(decision.shouldAsk).toBe(false);
    expect(decision.reason).toMatch(/already asked/);
  });

  it('says it is too late on day 8 and suggests keeping in touch instead', () => {
    const decision = decideFeedbackRequest(input(), '2026-12-01T10:00:00.000Z', zone);
    expect(decision.shouldAsk).toBe(false);
    expect(decision.timing?.status).toBe('too_late');
    expect(decision.reason).toMatch(/too late|7 days/i);
    expect(decision.alternatives[0]?.kind).toBe('keep-in-touch');
  });
});

describe('whom to ask', () => {
  it('asks the agency recruiter for an agency candidate', () => {
    const agent = makeContact({ id: 'c-agent', name: 'Lee Grant', role: 'agency_recruiter', email: 'lee@hirewell.co' });
    const decision = decideFeedbackRequest(
      input({
        application: makeApplication({ source: 'agency', agency: 'Hirewell' }),
        contacts: [interviewer, recruiter, agent],
      }),
      afternoon,
      zone,
    );
    expect(decision.recipient?.contactId).toBe('c-agent');
    expect(decision.recipient?.reason).toMatch(/agency/);
    const passedOn = decideFeedbackRequest(
      input({
        application: makeApplication({ source: 'agency', agency: 'Hirewell' }),
        contacts: [interviewer, recruiter, agent],
        rejection: makeRejection({ channel: 'agency', email: null }),
      }),
      afternoon,
      zone,
    );
    expect(passedOn.channel).toMatchObject({ channel: 'email', to: 'lee@hirewell.co', threadRef: null });
    expect(passedOn.channel?.reason).toMatch(/passed on the news/);
  });

  it('asks the referrer when the user was referred', () => {
    const referrer = makeContact({ id: 'c-ref', name: 'Ana Lopez', role: 'referrer', email: 'ana@acme.com' });
    const decision = decideFeedbackRequest(
      input({
        application: makeApplication({ source: 'referral', referrerContactId: 'c-ref' }),
        contacts: [interviewer, recruiter, referrer],
      }),
      afternoon,
      zone,
    );
    expect(decision.recipient?.contactId).toBe('c-ref');
    expect(decision.channel?.channel).toBe('email');
    expect(decision.channel?.threadRef).toBeNull();
  });

  it('asks the interviewer the user connected well with', () => {
    const other = makeContact({ id: 'c-other', name: 'Tom Berg', email: 'tom@acme.com' });
    const connected = makeContact({ id: 'c-good', name: 'Mia Chen', email: 'mia@acme.com', connectedWell: true });
    const decision = decideFeedbackRequest(
      input({
        contacts: [other, connected, recruiter],
        interviews: [makeInterview({ interviewerIds: ['c-other', 'c-good'] })],
      }),
      afternoon,
      zone,
    );
    expect(decision.recipient?.contactId).toBe('c-good');
    expect(decision.recipient?.reason).toMatch(/connected well/);
  });

  it('otherwise replies to the recruiter who sent the rejection, in the same thread with the same subject', () => {
    const decision = decideFeedbackRequest(input(), afternoon, zone);
    expect(decision.recipient?.contactId).toBe('c-rec');
    expect(decision.channel).toMatchObject({
      channel: 'email',
      to: 'sam.taylor@acme.com',
      threadRef: '<rejection-1@acme.com>',
      subject: 'Re: Your application for Backend Engineer',
    });
  });

  it('replies to an unknown sender by the address on the rejection', () => {
    const decision = decideFeedbackRequest(
      input({
        contacts: [interviewer],
        rejection: makeRejection({
          email: { from: 'Jo Park <jo@acme.com>', subject: 'RE: Re: Outcome', messageId: '<m@x>' },
        }),
      }),
      afternoon,
      zone,
    );
    expect(decision.recipient).toMatchObject({ contactId: null, name: 'Jo Park', email: 'jo@acme.com' });
    expect(decision.channel?.subject).toBe('Re: Outcome');
  });
});

describe('which channel', () => {
  it('after a phone rejection, gives a phone script with the offer of a short call', () => {
    const decision = decideFeedbackRequest(
      input({ rejection: makeRejection({ channel: 'phone', email: null }) }),
      afternoon,
      zone,
    );
    expect(decision.channel?.channel).toBe('phone');
    expect(decision.channel?.offerCall).toBe(true);
    expect(decision.recipient?.contactId).toBe('c-rec');
  });

  it('answers a letter with a letter', () => {
    const decision = decideFeedbackRequest(
      input({ rejection: makeRejection({ channel: 'letter', email: null }) }),
      afternoon,
      zone,
    );
    expect(decision.channel?.channel).toBe('letter');
  });
});

describe('when to ask', () => {
  it('waits a few hours, then asks within two business days, never after seven days', () => {
    // Friday 27 November 16:00 London.
    const friday = '2026-11-27T16:00:00.000Z';
    expect(feedbackRequestTiming(friday, '2026-11-27T17:00:00.000Z', zone).status).toBe('cooling_off');
    const timing = feedbackRequestTiming(friday, '2026-11-27T20:00:00.000Z', zone);
    expect(timing.status).toBe('due');
    expect(timing.dueAt).toBe('2026-12-01T16:00:00.000Z'); // Tuesday, two business days on.
    expect(feedbackRequestTiming(friday, '2026-12-03T10:00:00.000Z', zone).status).toBe('late');
    expect(feedbackRequestTiming(friday, '2026-12-04T16:00:00.000Z', zone).status).toBe('late');
    expect(feedbackRequestTiming(friday, '2026-12-05T10:00:00.000Z', zone).status).toBe('too_late');
  });

  it('moves a cooling-off that ends at night to the next morning', () => {
    // Read at 21:30 on Friday: three hours on is half past midnight, so the request waits for Saturday 08:00.
    const late = feedbackRequestTiming('2026-11-27T21:30:00.000Z', '2026-11-28T00:45:00.000Z', zone);
    expect(late.status).toBe('cooling_off');
    expect(late.earliestAt).toBe('2026-11-28T08:00:00.000Z');
    expect(late.dueAt).toBe('2026-12-01T21:30:00.000Z'); // still two business days on
    // An automated email at 03:00 cools off until 08:00 the same morning, in the user's zone.
    const night = feedbackRequestTiming('2026-11-24T08:00:00.000Z', '2026-11-24T12:00:00.000Z', 'Asia/Singapore');
    expect(night.earliestAt).toBe('2026-11-24T11:00:00.000Z'); // 19:00 Singapore: not night, kept
    const small = feedbackRequestTiming('2026-11-23T19:00:00.000Z', '2026-11-23T20:00:00.000Z', 'Asia/Singapore');
    expect(small.earliestAt).toBe('2026-11-24T00:00:00.000Z'); // 06:00 Singapore moves to 08:00
    // An afternoon rejection keeps its plain three hours.
    expect(feedbackRequestTiming('2026-11-23T10:00:00.000Z', afternoon, zone).earliestAt).toBe(
      '2026-11-23T13:00:00.000Z',
    );
  });

  it('counts "never after 7 days" in calendar days across a DST change', () => {
    // Tuesday 20 October 10:00 BST; the clocks go back on 25 October, so a week later 10:00 is 10:00 GMT.
    const timing = feedbackRequestTiming('2026-10-20T09:00:00.000Z', '2026-10-27T09:30:00.000Z', zone);
    expect(timing.lastAt).toBe('2026-10-27T10:00:00.000Z');
    expect(timing.status).toBe('late');
    expect(feedbackRequestTiming('2026-10-20T09:00:00.000Z', '2026-10-27T10:01:00.000Z', zone).status).toBe('too_late');
  });

  it('notes that a thank-you note should have gone first', () => {
    const decision = decideFeedbackRequest(input(), afternoon, zone);
    expect(decision.timing?.status).toBe('due');
    expect(decision.notes.join(' ')).toMatch(/thank-you/);
    const thanked = decideFeedbackRequest(input({ messages: [makeMessage({ kind: 'thank-you' })] }), afternoon, zone);
    expect(thanked.notes.join(' ')).not.toMatch(/thank-you/);
  });

  it('keeps a single Re: on the subject', () => {
    expect(replySubject('Re: RE: Your application')).toBe('Re: Your application');
    expect(replySubject('')).toBeNull();
  });
});

describe('thank-you notes, debriefs, nudges, ghosting and keeping in touch', () => {
  const interview = makeInterview({
    startsAt: '2026-11-24T10:00:00.000Z',
    durationMinutes: 45,
    interviewerIds: ['a', 'b', 'a'],
  });

  it('wants the debrief within 24 hours, best within 30 minutes of the end', () => {
    expect(debriefDue(interview)).toMatchObject({
      bestBy: '2026-11-24T11:15:00.000Z',
      dueAt: '2026-11-25T10:45:00.000Z',
    });
  });

  it('wants one thank-you note per interviewer within 24 hours', () => {
    expect(thankYouDue(interview)).toMatchObject({ dueAt: '2026-11-25T10:45:00.000Z', contactIds: ['a', 'b'] });
  });

  it('nudges once after 5 business days, then closes as no reply', () => {
    // Sent Monday 2 November.
    const request = { status: 'sent' as const, sentAt: '2026-11-02T10:00:00.000Z', repliedAt: null };
    expect(decideNudge(request, null, '2026-11-06T10:00:00.000Z', zone).action).toBe('wait');
    const nudge = decideNudge(request, null, '2026-11-09T11:00:00.000Z', zone);
    expect(nudge.action).toBe('nudge');
    expect(nudge.dueAt).toBe('2026-11-09T10:00:00.000Z');
    const nudged = { status: 'sent' as const, sentAt: '2026-11-10T10:00:00.000Z', repliedAt: null };
    expect(decideNudge(request, nudged, '2026-11-13T10:00:00.000Z', zone).action).toBe('wait');
    const close = decideNudge(request, nudged, '2026-11-17T10:00:00.000Z', zone);
    expect(close.action).toBe('close');
    expect(close.reason).toMatch(/no reply/);
    expect(
      decideNudge({ ...request, repliedAt: '2026-11-05T10:00:00.000Z' }, null, '2026-11-20T10:00:00.000Z', zone).action,
    ).toBe('done');
  });

  it('counts the nudge wait in business days of the user zone, from a weekend or a late evening', () => {
    // Sent on Saturday 7 November: five business days is Friday 13, not Thursday.
    const saturday = { status: 'sent' as const, sentAt: '2026-11-07T10:00:00.000Z', repliedAt: null };
    expect(decideNudge(saturday, null, '2026-11-12T10:00:00.000Z', zone).action).toBe('wait');
    expect(decideNudge(saturday, null, '2026-11-13T10:00:00.000Z', zone).dueAt).toBe('2026-11-13T10:00:00.000Z');
    // Friday 22:00 in New York is Saturday in London: the user's own zone decides which day it was sent.
    const friday = { status: 'sent' as const, sentAt: '2026-11-07T03:00:00.000Z', repliedAt: null };
    expect(decideNudge(friday, null, '2026-11-10T12:00:00.000Z', 'America/New_York').dueAt).toBe(
      '2026-11-14T03:00:00.000Z',
    );
    expect(decideNudge(friday, null, '2026-11-10T12:00:00.000Z', zone).dueAt).toBe('2026-11-13T03:00:00.000Z');
  });

  it('lets an un-nudged request go once the nudge window and the wait after it are over', () => {
    // Sent Monday 2 November: the nudge window is 9–11 November (5–7 business days); a nudge would then have
    // had 5 more business days, so on 18 November (12 business days) the request is closed, not chased.
    const request = { status: 'sent' as const, sentAt: '2026-11-02T10:00:00.000Z', repliedAt: null };
    expect(decideNudge(request, null, '2026-11-11T10:00:00.000Z', zone).action).toBe('nudge');
    expect(decideNudge(request, null, '2026-11-17T10:00:00.000Z', zone).action).toBe('nudge');
    const late = decideNudge(request, null, '2026-11-18T10:00:00.000Z', zone);
    expect(late.action).toBe('close');
    expect(late.reason).toMatch(/no reply/);
  });

  it('calls an open application ghosted after 21 days of silence (or the user setting)', () => {
    const open = { outcome: 'open' as const };
    expect(ghostedCheck(open, '2026-11-01T10:00:00.000Z', '2026-11-21T10:00:00.000Z').ghosted).toBe(false);
    expect(ghostedCheck(open, '2026-11-01T10:00:00.000Z', '2026-11-22T10:00:00.000Z').ghosted).toBe(true);
    expect(
      ghostedCheck(open, '2026-11-01T10:00:00.000Z', '2026-11-15T10:00:00.000Z', { ghostedAfterDays: 14 }).ghosted,
    ).toBe(true);
    expect(ghostedCheck({ outcome: 'rejected' }, '2026-01-01T10:00:00.000Z', '2026-11-22T10:00:00.000Z').ghosted).toBe(
      false,
    );
  });

  it('keeps in touch on the contact cadence', () => {
    expect(
      keepInTouchDue({
        keepInTouchDays: 90,
        lastContactedAt: '2026-09-01T09:00:00.000Z',
        createdAt: '2026-01-01T00:00:00.000Z',
      }),
    ).toBe('2026-11-30T09:00:00.000Z');
    expect(
      keepInTouchDue({ keepInTouchDays: null, lastContactedAt: null, createdAt: '2026-01-01T00:00:00.000Z' }),
    ).toBeNull();
  });

  it('offers a subject access request only in the UK and the EU', () => {
    expect(regionFromTimeZone('Europe/London')).toBe('uk');
    expect(regionFromTimeZone('Europe/Paris')).toBe('eu');
    expect(regionFromTimeZone('America/New_York')).toBe('other');
    const kinds = (region: 'uk' | 'eu' | 'other') =>
      noFeedbackAlternatives({ company: 'Acme', region }).map((a) => a.kind);
    expect(kinds('uk')).toContain('subject-access-request');
    expect(kinds('other')).not.toContain('subject-access-request');
  });
});
