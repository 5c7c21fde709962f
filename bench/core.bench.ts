/**
 * Micro-benchmark of the pure core: `buildAgenda` and `buildInsights` over 10,000 synthetic applications
 * (with their interviews, contacts, debriefs, rejections, feedback, messages and plan items).
 *
 *   node bin/run-ts.mjs bench/core.bench.ts [applications]
 *
 * The agenda is timed twice: on every row (what a careless store would pass) and on the open/recent rows a
 * store is expected to load (see `AgendaData`). Target: well inside the 25 ms p99 budget of `/api/agenda`
 * and `/api/insights`, which also includes the database.
 */
import { availableParallelism, loadavg } from 'node:os';
import { buildAgenda } from '../src/core/agenda/agenda.build';
import type { AgendaData } from '../src/core/agenda/agenda.types';
import type { Application, Stage, StageEvent } from '../src/core/applications/applications.schema';
import type { Contact } from '../src/core/contacts/contacts.schema';
import type { Feedback, FeedbackCategory } from '../src/core/feedback/feedback.schema';
import { buildInsights } from '../src/core/insights/insights.build';
import type { Debrief, Interview } from '../src/core/interviews/interviews.schema';
import type { Message } from '../src/core/messages/messages.schema';
import type { ActionItem } from '../src/core/plan/plan.schema';

const count = Number(process.argv[2] ?? 10_000);
const now = Date.parse('2026-11-25T10:00:00.000Z');
const timeZone = 'Europe/London';
const day = 86_400_000;

// A small deterministic generator, so every run measures the same data.
let state = 42;
const random = () => {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state / 2_147_483_648;
};
const choose = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const iso = (ms: number) => new Date(ms).toISOString();

const companies = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Wonka', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne'];
const categories: FeedbackCategory[] = [
  'skills',
  'answers',
  'communication',
  'preparation',
  'experience',
  'fit',
  'competition',
  'role_change',
  'no_feedback',
];
const specifics = [
  'Kubernetes',
  'system design',
  'SQL',
  'stakeholder management',
  'Terraform',
  'WCAG',
  'React',
  'testing',
];
const stagesAtRejection: Stage[] = ['applied', 'screen', 'interview', 'final'];

const applications: (Application & { lastActivityAt: string })[] = [];
const interviews: Interview[] = [];
const contacts: Contact[] = [];
const debriefs: Debrief[] = [];
const rejections: StageEvent[] = [];
const feedback: Feedback[] = [];
const messages: Message[] = [];
const actionItems: ActionItem[] = [];

for (let i = 0; i < count; i++) {
  const id = `app-${i}`;
  const created = now - Math.floor(random() * 365 * day);
  const roll = random();
  const outcome = roll < 0.6 ? 'rejected' : roll < 0.9 ? 'open' : roll < 0.95 ? 'ghosted' : 'offer_declined';
  const stage = choose(stagesAtRejection);
  const lastActivity = Math.min(now, created + Math.floor(random() * 40 * day));
  applications.push({
    id,
    userId: 'u',
    company: `${choose(companies)} ${i % 97}`,
    role: 'Backend Engineer',
    link: null,
    source: random() < 0.1 ? 'agency' : random() < 0.2 ? 'referral' : 'job_board',
    referrerContactId: null,
    agency: null,
    location: null,
    stage,
    outcome,
    appliedAt: iso(created),
    archived: random() < 0.2,
    notes: null,
    createdAt: iso(created),
    updatedAt: iso(lastActivity),
    lastActivityAt: iso(lastActivity),
  });
  const people = 1 + Math.floor(random() * 3);
  const ids: string[] = [];
  for (let p = 0; p < people; p++) {
    const contactId = `${id}-c${p}`;
    ids.push(contactId);
    contacts.push({
      id: contactId,
      userId: 'u',
      applicationId: id,
      name: `Person ${i}-${p}`,
      greetAs: null,
      role: p === 0 ? 'recruiter' : 'interviewer',
      title: null,
      company: null,
      email: `p${i}.${p}@example.com`,
      phone: null,
      connectedWell: random() < 0.2,
      keepInTouchDays: random() < 0.05 ? 90 : null,
      lastContactedAt: iso(lastActivity),
      notes: null,
      createdAt: iso(created),
      updatedAt: iso(created),
    });
  }
  if (stage === 'interview' || stage === 'final') {
    const rounds = 1 + Math.floor(random() * 2);
    for (let r = 0; r < rounds; r++) {
      const interviewId = `${id}-i${r}`;
      const startsAt = created + (r + 1) * 7 * day;
      interviews.push({
        id: interviewId,
        userId: 'u',
        applicationId: id,
        round: r + 1,
        type: 'technical',
        format: 'video',
        startsAt: iso(startsAt),
        timeZone,
        durationMinutes: 60,
        interviewerIds: ids.slice(1),
        notes: null,
        createdAt: iso(created),
        updatedAt: iso(created),
      });
      if (random() < 0.7) {
        debriefs.push({
          id: `${interviewId}-d`,
          userId: 'u',
          interviewId,
          interviewersMet: ids.slice(1),
          questions: [
            {
              question: 'Design a rate limiter',
              answerSummary: '',
              rating: 1 + Math.floor(random() * 5),
              hard: true,
              probedFor: choose(specifics),
            },
            {
              question: 'Tell me about a conflict',
              answerSummary: '',
              rating: 1 + Math.floor(random() * 5),
              hard: false,
              probedFor: null,
            },
          ],
          ratings: { introduction: 1 + Math.floor(random() * 5), companyResearch: 1 + Math.floor(random() * 5) },
          wentWell: [],
          toChange: [],
          concernsRaised: random() < 0.3 ? [`Limited ${choose(specifics)} experience`] : [],
          probedFor: null,
          salaryTalk: null,
          nextStep: null,
          notes: null,
          createdAt: iso(startsAt),
          updatedAt: iso(startsAt),
        });
      }
    }
  }
  if (outcome === 'rejected') {
    const rejectedAt = lastActivity;
    rejections.push({
      id: `${id}-rej`,
      userId: 'u',
      applicationId: id,
      stage,
      outcome: 'rejected',
      channel: choose(['email', 'email', 'automated', 'phone', 'agency'] as const),
      note: null,
      email: {
        from: `p${i}.0@example.com`,
        subject: 'Your application',
        messageId: `<${id}@example.com>`,
        noReply: false,
      },
      occurredAt: iso(rejectedAt),
      createdAt: iso(rejectedAt),
    });
    if (random() < 0.5) {
      const sentAt = rejectedAt + day;
      const replied = random() < 0.4;
      messages.push({
        id: `${id}-req`,
        userId: 'u',
        applicationId: id,
        contactId: ids[0] ?? null,
        kind: 'feedback-request',
        channel: 'email',
        recipient: null,
        subject: 'Re: Your application',
        body: '',
        status: replied ? 'replied' : 'sent',
        dueAt: null,
        sentAt: iso(sentAt),
        repliedAt: replied ? iso(sentAt + 3 * day) : null,
        closedReason: null,
        threadRef: null,
        parentMessageId: null,
        createdAt: iso(sentAt),
        updatedAt: iso(sentAt),
      });
      if (replied) {
        const cats = [choose(categories), choose(categories)];
        const named = random() < 0.6 ? [choose(specifics)] : [];
        feedback.push({
          id: `${id}-fb`,
          userId: 'u',
          applicationId: id,
          contactId: ids[0] ?? null,
          fromName: null,
          channel: 'email',
          receivedAt: iso(sentAt + 3 * day),
          text: 'Feedback text',
          analysis: {
            categories: cats,
            vague: named.length === 0,
            actionable: true,
            specifics: named,
            actions: named.length > 0 ? [{ category: cats[0] ?? 'skills', text: 'Work on it', specifics: named }] : [],
            followUpQuestion: null,
          },
          createdAt: iso(sentAt + 3 * day),
        });
      }
    }
  }
  if (random() < 0.3) {
    actionItems.push({
      id: `${id}-a`,
      userId: 'u',
      applicationId: id,
      sourceType: 'feedback',
      sourceId: null,
      category: 'skills',
      text: 'Get hands-on with Kubernetes',
      nextStep: 'Deploy one service',
      status: random() < 0.5 ? 'open' : 'done',
      dueAt: iso(now + Math.floor((random() - 0.5) * 30 * day)),
      evidence: null,
      doneAt: null,
      createdAt: iso(created),
      updatedAt: iso(created),
    });
  }
}

const everything: AgendaData = { applications, interviews, debriefs, contacts, rejections, messages, actionItems };

// What a store loads for the agenda (as src/store/agenda does): open applications plus those a recent interview,
// rejection or open message points at, recent interviews and rejections, messages in play, contacts of those
// applications and contacts with a cadence, open plan items with a due date.
const recent = (at: string, days: number) => now - Date.parse(at) <= days * day;
const recentInterviews = interviews.filter((i) => recent(i.startsAt, 8) || Date.parse(i.startsAt) > now);
const recentRejections = rejections.filter((r) => recent(r.occurredAt, 8));
const openMessages = messages.filter((m) => (m.status === 'sent' && !m.repliedAt) || (m.status === 'draft' && m.dueAt));
const interviewIds = new Set(recentInterviews.map((i) => i.id));
const needed = new Set([
  ...recentInterviews.map((i) => i.applicationId),
  ...recentRejections.map((r) => r.applicationId),
  ...openMessages.flatMap((m) => (m.applicationId ? [m.applicationId] : [])),
]);
const liveApplications = applications.filter((a) => !a.archived && (a.outcome === 'open' || needed.has(a.id)));
const liveIds = new Set(liveApplications.map((a) => a.id));
const filtered: AgendaData = {
  applications: liveApplications,
  interviews: recentInterviews,
  debriefs: debriefs.filter((d) => interviewIds.has(d.interviewId)),
  contacts: contacts.filter(
    (c) => c.keepInTouchDays !== null || (c.applicationId !== null && liveIds.has(c.applicationId)),
  ),
  rejections: recentRejections,
  messages: messages.filter(
    (m) => openMessages.includes(m) || (m.applicationId !== null && liveIds.has(m.applicationId)),
  ),
  actionItems: actionItems.filter((a) => (a.status === 'open' || a.status === 'doing') && a.dueAt),
};

function time(label: string, runs: number, fn: () => unknown): void {
  for (let i = 0; i < 20; i++) fn();
  const samples: number[] = [];
  let result: unknown;
  // CPU time as well as wall time: on a shared, loaded machine the wall clock also counts other processes.
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    samples.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000 / runs;
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0;
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  console.log(
    `${label.padEnd(34)} mean ${mean.toFixed(2).padStart(6)} ms  p50 ${at(0.5).toFixed(2).padStart(6)} ms  p99 ${at(0.99).toFixed(2).padStart(6)} ms  cpu/run ${cpuMs.toFixed(2).padStart(6)} ms`,
  );
  void result;
}

// Figures from a shared, loaded machine are not comparable: say what the machine was doing, and time a
// reference task (sorting a million numbers) so the figures can be scaled to another machine.
const reference = Array.from({ length: 1_000_000 }, () => random());
const referenceStart = process.cpuUsage();
reference.sort((a, b) => a - b);
const referenceCpu = process.cpuUsage(referenceStart);
console.log(
  `reference: sorting 1,000,000 numbers took ${((referenceCpu.user + referenceCpu.system) / 1000).toFixed(0)} ms CPU`,
);
console.log(
  `node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `${count} applications: ${interviews.length} interviews, ${contacts.length} contacts, ${debriefs.length} debriefs, ${rejections.length} rejections, ${feedback.length} feedback, ${messages.length} messages, ${actionItems.length} plan items`,
);
console.log(
  `agenda input as a store loads it: ${filtered.applications.length} applications, ${filtered.interviews.length} interviews, ${filtered.rejections.length} rejections, ${filtered.messages.length} messages, ${filtered.contacts.length} contacts`,
);
const agenda = buildAgenda(filtered, now, timeZone);
console.log(
  `agenda: ${agenda.counts.overdue} overdue, ${agenda.counts.dueToday} today, ${agenda.counts.thisWeek} this week (each list capped at 200)`,
);
// BENCH_ONLY=agenda|insights narrows the run (for profiling one of them).
const only = process.env.BENCH_ONLY;
if (only !== 'insights') {
  time('buildAgenda (open/recent rows)', 300, () => buildAgenda(filtered, now, timeZone));
  if (only !== 'agenda-recent') time('buildAgenda (every row)', 100, () => buildAgenda(everything, now, timeZone));
}
const insightsData = { applications, rejections, feedback, feedbackRequests: messages, debriefs };
if (only !== 'agenda' && only !== 'agenda-recent')
  time('buildInsights (every row)', 100, () => buildInsights(insightsData, now, { timeZone }));
const top = buildInsights(insightsData, now, { timeZone }).topThree.map((thing) => thing.title);
console.log(`top three: ${top.join(' | ')}`);
