import type { Application, StageEvent } from '../../core/applications/applications.schema';
import type { Contact, ContactRole } from '../../core/contacts/contacts.schema';
import type { Feedback } from '../../core/feedback/feedback.schema';
import type { Debrief, Interview, InterviewType, SelfRatings } from '../../core/interviews/interviews.schema';
import { selfRatingKeys } from '../../core/interviews/interviews.schema';
import type { Message } from '../../core/messages/messages.schema';
import type { ActionItem } from '../../core/plan/plan.schema';

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same data on every machine. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
    /** A deterministic UUID v4-shaped id. */
    id: () => {
      const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
}
type Random = ReturnType<typeof seededRandom>;

const companies = [
  'Northwind Traders',
  'Contoso',
  'Fabrikam',
  'Tailspin Toys',
  'Adventure Works',
  'Wide World Importers',
  'Litware',
  'Proseware',
  'Woodgrove Bank',
  'Coho Vineyard',
  'Alpine Ski House',
  'Blue Yonder Airlines',
  'Fourth Coffee',
  'Lamna Healthcare',
  'Margie’s Travel',
  'Trey Research',
  'Relecloud',
  'VanArsdel',
  'Humongous Insurance',
  'Graphic Design Institute',
  'School of Fine Art',
  'City Power & Light',
  'Consolidated Messenger',
  'Southridge Video',
  'Bellows College',
  'Datum Corporation',
  'Wingtip Toys',
];
const roles = [
  'Data Analyst',
  'Senior Software Engineer',
  'Product Designer',
  'Operations Manager',
  'Marketing Coordinator',
  'Site Reliability Engineer',
  'Customer Success Manager',
  'Frontend Developer',
  'Project Manager',
  'Financial Analyst',
  'UX Researcher',
  'Backend Engineer',
  'Account Executive',
  'HR Business Partner',
  'Machine Learning Engineer',
  'Technical Writer',
  'Support Engineer',
  'Business Analyst',
];
const firstNames = [
  'Dana',
  'Lee',
  'Priya',
  'Tom',
  'Aisha',
  'Marco',
  'Sofia',
  'James',
  'Mei',
  'Olu',
  'Hannah',
  'Ravi',
  'Chloe',
  'Diego',
  'Fatima',
  'Ben',
  'Yuki',
  'Grace',
  'Sam',
  'Elena',
  'Kwame',
  'Ingrid',
  'Noah',
  'Zara',
];
const lastNames = [
  'Whitfield',
  'Park',
  'Sharma',
  'Okafor',
  'Rossi',
  'Nguyen',
  'Müller',
  'Garcia',
  'Chen',
  'Adeyemi',
  'Brown',
  'Kowalski',
  'Haddad',
  'Johansson',
  'Murphy',
  'Tanaka',
  'Silva',
  'Novak',
  'Patel',
  "O'Brien",
];
const agencies = ['Hays', 'Robert Half', 'Harvey Nash', 'Michael Page', 'Reed'];
const sources = ['job_board', 'company_site', 'referral', 'agency', 'recruiter_outreach', 'network'] as const;
const questionBank = [
  'Tell me about a time you disagreed with a colleague.',
  'Walk me through a project you are proud of.',
  'How would you design a URL shortener?',
  'Why do you want to work here?',
  'Describe a failure and what you learned.',
  'How do you prioritise competing deadlines?',
  'What would you do in your first 90 days?',
  'Explain a complex topic to a non-expert.',
  'Tell me about a time you influenced without authority.',
  'How do you handle feedback you disagree with?',
];
const feedbackTexts = [
  'We felt your experience with Kubernetes was not deep enough for the platform work this team does.',
  'Thanks for your interest. We have decided to move forward with other candidates whose experience more closely matches our needs.',
  'It was a close call; the other finalist had led a migration like ours before.',
  'Your answers stayed high level and we did not hear what you personally did or what the result was.',
  'The panel enjoyed meeting you, but you interrupted the interviewers a few times.',
  'You did not seem to know much about our product, and your questions for us were generic.',
  'We just did not think it was the right fit for the team.',
  'The position has been put on hold due to budget changes.',
  'Your salary expectations were above the range we have for this role.',
  'We were looking for someone with more years of people management.',
  'The take-home test did not cover the edge cases we asked for, and there were no tests.',
  'Your system design answer did not address scaling or failure modes.',
  'Strong communication and a great attitude; we went with someone with more SQL depth.',
  'Company policy is not to give individual feedback, but we will keep your CV on file.',
  'You arrived twenty minutes late and did not let anyone know.',
  'We need someone on site four days a week, and you told us that would not work.',
];
const wentWell = [
  'Clear intro',
  'Good rapport with the hiring manager',
  'Strong project story',
  'Asked sharp questions',
];
const toChange = ['Shorter answers', 'Quantify results', 'Research the product first', 'Prepare a system design story'];
const concerns = [
  'Limited Kubernetes experience',
  'No people management',
  'Notice period of three months',
  'Salary expectations',
];

export interface SeedData {
  applications: Application[];
  stageEvents: StageEvent[];
  contacts: Contact[];
  interviews: Interview[];
  debriefs: Debrief[];
  messages: Message[];
  feedback: Feedback[];
  actionItems: ActionItem[];
}

const dayMs = 86_400_000;

/** A name as an address's local part or domain: "Müller" → "muller", "Consolidated Messenger" → "consolidatedmessenger". */
function asciiLocal(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/**
 * Realistic synthetic data for `count` applications spread over the last year, across every stage and
 * outcome, with contacts, interviews, debriefs, rejections, messages and feedback. Deterministic per seed.
 *
 * @example
 * const data = generateSeedData({ userId: 'local', count: 100, seed: 1, now: new Date() });
 */
export function generateSeedData(options: { userId: string; count: number; seed: number; now: Date }): SeedData {
  const rnd = seededRandom(options.seed);
  const { userId } = options;
  const end = options.now.getTime();
  const data: SeedData = {
    applications: [],
    stageEvents: [],
    contacts: [],
    interviews: [],
    debriefs: [],
    messages: [],
    feedback: [],
    actionItems: [],
  };
  const iso = (ms: number) => new Date(Math.min(ms, end)).toISOString();

  for (let n = 0; n < options.count; n++) {
    const appliedMs = end - rnd.int(0, 365) * dayMs - rnd.int(0, dayMs);
    const company = rnd.pick(companies);
    const role = rnd.pick(roles);
    const source = rnd.pick(sources);
    const depth = rnd.pick([0, 0, 1, 1, 2, 2, 3, 4]); // applied, screen, interview, final, offer
    const stage = (['applied', 'screen', 'interview', 'final', 'offer'] as const)[depth] ?? 'applied';
    const ended = appliedMs < end - 30 * dayMs || rnd.chance(0.3);
    const outcome: Application['outcome'] = !ended
      ? 'open'
      : depth === 4
        ? rnd.pick(['offer_accepted', 'offer_declined'] as const)
        : rnd.pick(['rejected', 'rejected', 'rejected', 'rejected', 'ghosted', 'no_response', 'withdrawn'] as const);
    const applicationId = rnd.id();
    const agency = source === 'agency' ? rnd.pick(agencies) : null;
    const person = (role: ContactRole, title: string | null): Contact => {
      const first = rnd.pick(firstNames);
      const last = rnd.pick(lastNames);
      return {
        id: rnd.id(),
        userId,
        applicationId,
        name: `${first} ${last}`,
        greetAs: null,
        role,
        title,
        company: role === 'agency_recruiter' ? agency : company,
        email: `${asciiLocal(first)}.${asciiLocal(last)}@${asciiLocal(company)}.example`,
        phone: null,
        connectedWell: rnd.chance(0.3),
        keepInTouchDays: rnd.chance(0.1) ? 90 : null,
        lastContactedAt: null,
        notes: null,
        createdAt: iso(appliedMs),
        updatedAt: iso(appliedMs),
      };
    };
    const contacts: Contact[] = [];
    if (agency) contacts.push(person('agency_recruiter', 'Senior Consultant'));
    if (depth >= 1) contacts.push(person('recruiter', 'Talent Partner'));
    let referrerContactId: string | null = null;
    if (source === 'referral') {
      const referrer = person('referrer', 'Engineer');
      contacts.push(referrer);
      referrerContactId = referrer.id;
    }

    // One clock for the whole history, so it happens in a possible order: applied, the stages and each
    // interview round in turn, then the outcome (an interview never falls after the rejection).
    let at = appliedMs;
    const event = (fields: Partial<StageEvent>) => {
      at += rnd.int(2, 10) * dayMs;
      data.stageEvents.push({
        id: rnd.id(),
        userId,
        applicationId,
        stage: null,
        outcome: null,
        channel: null,
        note: null,
        email: null,
        occurredAt: iso(at),
        createdAt: iso(at),
        ...fields,
      });
    };
    data.stageEvents.push({
      id: rnd.id(),
      userId,
      applicationId,
      stage: 'applied',
      outcome: null,
      channel: null,
      note: null,
      email: null,
      occurredAt: iso(appliedMs),
      createdAt: iso(appliedMs),
    });
    if (depth >= 1) event({ stage: 'screen' });
    const rounds = depth >= 2 ? depth : 0;
    for (let round = 1; round <= rounds; round++) {
      if (round === 1) event({ stage: 'interview' });
      if (round === rounds && depth >= 3) event({ stage: 'final' });
      const interviewers = [person(round === 1 ? 'hiring_manager' : 'interviewer', 'Engineering Manager')];
      if (rnd.chance(0.5)) interviewers.push(person('interviewer', 'Senior Engineer'));
      contacts.push(...interviewers);
      at += rnd.int(1, 5) * dayMs;
      const startsMs = at;
      const interview: Interview = {
        id: rnd.id(),
        userId,
        applicationId,
        round,
        type: rnd.pick<InterviewType>(['phone_screen', 'technical', 'behavioural', 'panel', 'hiring_manager', 'final']),
        format: rnd.pick(['phone', 'video', 'in_person'] as const),
        startsAt: iso(startsMs),
        timeZone: rnd.pick(['Europe/London', 'America/New_York', 'Europe/Berlin', 'UTC']),
        durationMinutes: rnd.pick([30, 45, 60, 90]),
        interviewerIds: interviewers.map((c) => c.id),
        notes: null,
        createdAt: iso(Math.max(appliedMs, startsMs - 3 * dayMs)),
        updatedAt: iso(Math.max(appliedMs, startsMs - 3 * dayMs)),
      };
      data.interviews.push(interview);
      if (rnd.chance(0.6)) {
        const ratings: SelfRatings = {};
        for (const key of selfRatingKeys) if (rnd.chance(0.8)) ratings[key] = rnd.int(1, 5);
        data.debriefs.push({
          id: rnd.id(),
          userId,
          interviewId: interview.id,
          interviewersMet: interview.interviewerIds,
          questions: Array.from({ length: rnd.int(1, 4) }, () => ({
            question: rnd.pick(questionBank),
            answerSummary: 'Gave an example from my last role.',
            rating: rnd.int(1, 5),
            hard: rnd.chance(0.3),
            probedFor: null,
          })),
          ratings,
          wentWell: [rnd.pick(wentWell)],
          toChange: [rnd.pick(toChange)],
          concernsRaised: rnd.chance(0.4) ? [rnd.pick(concerns)] : [],
          probedFor: null,
          salaryTalk: null,
          nextStep: 'They will be in touch within a week.',
          notes: null,
          createdAt: iso(startsMs + 2 * 3_600_000),
          updatedAt: iso(startsMs + 2 * 3_600_000),
        });
      }
      for (const interviewer of interviewers) {
        if (!rnd.chance(0.7)) continue;
        data.messages.push(
          message(rnd, userId, applicationId, interviewer, 'thank-you', iso(startsMs + 20 * 3_600_000)),
        );
      }
    }
    if (depth >= 4) event({ stage: 'offer' });

    if (outcome !== 'open') {
      const channel = rnd.pick(['email', 'email', 'email', 'phone', 'automated', 'portal', 'agency'] as const);
      event({
        outcome,
        channel: outcome === 'ghosted' || outcome === 'no_response' ? 'silence' : channel,
        note: outcome === 'rejected' ? 'Thank you for your time; we have decided not to move forward.' : null,
        email:
          outcome === 'rejected' && channel === 'email'
            ? {
                from: `careers@${asciiLocal(company)}.example`,
                subject: `Your application for ${role}`,
                messageId: `<${rnd.id()}@mail.example>`,
                noReply: false,
              }
            : null,
      });
      if (outcome === 'rejected' && depth >= 2) {
        const to = contacts.find((c) => c.role === 'hiring_manager') ?? contacts[0];
        if (to) {
          const request = message(rnd, userId, applicationId, to, 'feedback-request', iso(at + dayMs));
          data.messages.push(request);
          const replied = rnd.chance(0.4);
          if (!replied && at + 14 * dayMs < end) {
            // As a user following the agenda would have: one nudge, then closed as "no reply".
            request.status = 'closed';
            request.closedReason = 'no reply';
          }
          if (replied) {
            request.status = 'replied';
            request.repliedAt = iso(at + rnd.int(2, 9) * dayMs);
            const feedbackId = rnd.id();
            data.feedback.push({
              id: feedbackId,
              userId,
              applicationId,
              contactId: to.id,
              fromName: to.name,
              channel: 'email',
              receivedAt: request.repliedAt,
              text: rnd.pick(feedbackTexts),
              analysis: null,
              createdAt: request.repliedAt,
            });
            if (rnd.chance(0.5)) {
              data.actionItems.push({
                id: rnd.id(),
                userId,
                applicationId,
                sourceType: 'feedback',
                sourceId: feedbackId,
                category: null,
                text: 'Work on what this feedback points at',
                nextStep: null,
                status: rnd.pick(['open', 'doing', 'done'] as const),
                dueAt: iso(at + 21 * dayMs),
                evidence: null,
                doneAt: null,
                createdAt: request.repliedAt,
                updatedAt: request.repliedAt,
              });
            }
          }
        }
      }
    }

    data.contacts.push(...contacts);
    data.applications.push({
      id: applicationId,
      userId,
      company,
      role,
      link: `https://jobs.example/${applicationId.slice(0, 8)}`,
      source,
      referrerContactId,
      agency,
      location: rnd.pick(['London', 'Remote', 'Berlin', 'New York', 'Manchester', null]),
      stage,
      outcome,
      appliedAt: iso(appliedMs),
      archived: outcome !== 'open' && rnd.chance(0.2),
      notes: null,
      createdAt: iso(appliedMs),
      updatedAt: iso(Math.max(at, appliedMs)),
    });
  }
  return data;
}

function message(
  rnd: Random,
  userId: string,
  applicationId: string,
  to: Contact,
  kind: Message['kind'],
  at: string,
): Message {
  const firstName = to.name.split(' ')[0] ?? to.name;
  return {
    id: rnd.id(),
    userId,
    applicationId,
    contactId: to.id,
    kind,
    channel: 'email',
    recipient: to.email,
    subject: kind === 'thank-you' ? 'Thank you for your time' : 'Re: Your application',
    body: `Dear ${firstName},\n\nThank you for your time.\n`,
    status: 'sent',
    dueAt: at,
    sentAt: at,
    repliedAt: null,
    closedReason: null,
    threadRef: null,
    parentMessageId: null,
    createdAt: at,
    updatedAt: at,
  };
}
