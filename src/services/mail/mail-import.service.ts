import { z } from 'zod';
import {
  type NewsChannel,
  newsChannelSchema,
  type Outcome,
  type Stage,
  stageSchema,
} from '../../core/applications/applications.schema';
import { newId } from '../../core/ids';
import { mailKinds } from '../../core/mail/mail.types';
import { repositories } from '../../store/store.repositories';
import { recordNews } from '../applications/applications.service';
import { type Actor, parseInput, type ServiceDeps, write } from '../services.context';

/** One classified email, as `src/mail` reads it (from a file, an mbox, IMAP or an upload). */
export const importableMail = z.object({
  kind: z.enum(mailKinds),
  company: z.string().max(300).nullable(),
  role: z.string().max(300).nullable(),
  from: z.string().max(500).nullable(),
  fromName: z.string().max(500).nullable().optional(),
  date: z.string().max(100).nullable(),
  subject: z.string().max(2000),
  messageId: z.string().max(1000).nullable(),
  inReplyTo: z.string().max(1000).nullable().optional(),
  references: z.array(z.string().max(1000)).max(200).optional(),
  isNoReply: z.boolean(),
  agency: z.string().max(300).nullable().optional(),
  confidence: z.number().min(0).max(1),
});
export type ImportableMail = z.infer<typeof importableMail>;

/** What importing one email would do; nothing changes until the user applies it. */
export const importProposal = z.object({
  mail: importableMail,
  action: z.enum(['record-event', 'create-application', 'skip']),
  applicationId: z.string().max(64).nullable(),
  /** How the application was found: the email thread, or employer and role. */
  matchedBy: z.enum(['thread', 'company']).nullable(),
  /**
   * An application this batch adds: the same key on each of its emails, so the first adds it and the later ones
   * (an interview, then a rejection in its thread) are recorded on it instead of adding it again.
   */
  newApplication: z.string().max(64).nullable().optional(),
  stage: stageSchema.nullable(),
  outcome: z.enum(['rejected']).nullable(),
  channel: newsChannelSchema,
  /** The email was imported before (its Message-ID is already on record). */
  duplicate: z.boolean(),
  reason: z.string().max(2000),
});
export type ImportProposal = z.infer<typeof importProposal>;

const legalSuffix =
  /\b(inc|incorporated|ltd|limited|llc|plc|gmbh|ag|sa|sas|bv|corp|corporation|co|company|group|holdings)\b\.?/g;

/** Company names compared loosely: case, punctuation and legal suffixes ("Acme, Inc." = "ACME"). */
export function normaliseCompany(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(legalSuffix, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function roleSimilarity(a: string, b: string): number {
  const words = (s: string) =>
    new Set(
      s
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 1),
    );
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(x.size, y.size);
}

const stageOrder: Stage[] = ['applied', 'screen', 'interview', 'final', 'offer'];

const roleToConfirm = 'Role to confirm';

/** An application as a plan sees it: stored, or added by an earlier email of the batch (`id` is then its key). */
interface Tracked {
  id: string;
  stored: boolean;
  company: string;
  role: string;
  stage: Stage;
  outcome: Outcome;
  updatedAt: string;
}

function sentAt(mail: ImportableMail): number {
  const time = mail.date ? Date.parse(mail.date) : Number.NaN;
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

/** Oldest first; emails without a readable date keep their order, after the others. */
function inDateOrder<T extends { mail: ImportableMail } | ImportableMail>(items: T[]): T[] {
  const mailOf = (item: T): ImportableMail => ('mail' in item ? item.mail : item);
  return items
    .map((item, index) => ({ item, index, time: sentAt(mailOf(item)) }))
    .sort((a, b) => (a.time === b.time ? a.index - b.index : a.time < b.time ? -1 : 1))
    .map(({ item }) => item);
}

/**
 * Reads job emails into the tracker: matches each to an application (by thread first, then by employer and
 * role), records rejections, interviews and offers as events with how they arrived, and proposes new
 * applications. `plan` changes nothing (the review queue); `apply` writes what the user accepted.
 */
export function mailImportService({ store, clock }: ServiceDeps) {
  const read = repositories(store.db);

  async function knownThreads(userId: string) {
    const byMessageId = new Map<string, string>();
    const events = await read.applications.events.all(userId);
    for (const event of events) if (event.email?.messageId) byMessageId.set(event.email.messageId, event.applicationId);
    const messages = await read.messages.rows.all(userId);
    for (const message of messages) {
      if (message.threadRef && message.applicationId) byMessageId.set(message.threadRef, message.applicationId);
    }
    return { byMessageId, recorded: new Set(events.flatMap((e) => (e.email?.messageId ? [e.email.messageId] : []))) };
  }

  function channelOf(mail: ImportableMail): NewsChannel {
    if (mail.agency) return 'agency';
    if (mail.isNoReply) return 'automated';
    return 'email';
  }

  return {
    /**
     * Proposals for a batch of classified emails, oldest first (undated ones last); nothing is written. Each email
     * is matched against the stored applications and against what the earlier emails of the batch propose, by
     * thread first, then by employer and role: an acknowledgement, an interview invitation and a rejection sent in
     * its thread become one new application with three events, not three applications.
     */
    async plan(actor: Actor, input: unknown): Promise<ImportProposal[]> {
      const mails = parseInput(z.array(importableMail).max(20_000), input);
      const applications = await read.applications.rows.all(actor.userId);
      const byCompany = new Map<string, Tracked[]>();
      const track = (tracked: Tracked) => {
        const key = normaliseCompany(tracked.company);
        byCompany.set(key, [...(byCompany.get(key) ?? []), tracked]);
        return tracked;
      };
      const byId = new Map(applications.map((app) => [app.id, track({ ...app, stored: true })]));
      const threads = await knownThreads(actor.userId);
      const byMessageId = new Map<string, Tracked>();
      for (const [messageId, applicationId] of threads.byMessageId) {
        const tracked = byId.get(applicationId);
        if (tracked) byMessageId.set(messageId, tracked);
      }
      const seenInBatch = new Set<string>();
      let added = 0;
      const remember = (mail: ImportableMail, target: Tracked | undefined) => {
        if (!mail.messageId) return;
        seenInBatch.add(mail.messageId);
        if (target) byMessageId.set(mail.messageId, target);
      };

      // Later emails are matched to what earlier ones did, so they must come in the order they were sent.
      return inDateOrder(mails).map((mail): ImportProposal => {
        const channel = channelOf(mail);
        const base = { mail, channel, stage: null, outcome: null, duplicate: false, newApplication: null } as const;
        const threadIds = [mail.inReplyTo, ...(mail.references ?? [])].filter((id): id is string => Boolean(id));
        const threadMatch = threadIds.map((id) => byMessageId.get(id)).find(Boolean);
        if (mail.kind === 'other') {
          // Kept in the thread all the same: a rejection may reply to a "scheduling" email rather than to the invite.
          remember(mail, threadMatch);
          return { ...base, action: 'skip', applicationId: null, matchedBy: null, reason: 'Not about an application.' };
        }
        const imported = mail.messageId !== null && threads.recorded.has(mail.messageId);
        const repeated = mail.messageId !== null && seenInBatch.has(mail.messageId);
        const duplicate = imported || repeated;
        let application = threadMatch;
        let matchedBy: ImportProposal['matchedBy'] = application ? 'thread' : null;
        if (!application && mail.company) {
          const candidates = byCompany.get(normaliseCompany(mail.company)) ?? [];
          const scored = candidates
            .map((app) => ({
              app,
              score: (mail.role ? roleSimilarity(mail.role, app.role) : 0.5) + (app.outcome === 'open' ? 0.3 : 0),
            }))
            .filter(({ score }) => !mail.role || score >= 0.5)
            .sort((a, b) => b.score - a.score || b.app.updatedAt.localeCompare(a.app.updatedAt));
          application = scored[0]?.app;
          if (application) matchedBy = 'company';
        }
        remember(mail, application);
        const stage: Stage | null =
          mail.kind === 'interview'
            ? 'interview'
            : mail.kind === 'offer'
              ? 'offer'
              : mail.kind === 'acknowledgement'
                ? 'applied'
                : null;
        const outcome = mail.kind === 'rejection' ? 'rejected' : null;
        const what = `${mail.kind}${mail.company ? ` from ${mail.company}` : ''}`;
        const where = application?.stored
          ? { applicationId: application.id, newApplication: null }
          : { applicationId: null, newApplication: application?.id ?? null };
        if (duplicate) {
          return {
            ...base,
            ...where,
            action: 'skip',
            matchedBy,
            stage,
            outcome,
            duplicate,
            reason: imported ? `Already imported this ${what}.` : `The same ${what} appears earlier in these emails.`,
          };
        }
        if (application) {
          const alreadyThere =
            mail.kind === 'acknowledgement' ||
            (stage !== null && stageOrder.indexOf(application.stage) >= stageOrder.indexOf(stage) && outcome === null);
          const action = alreadyThere && mail.kind === 'acknowledgement' ? 'skip' : 'record-event';
          if (action === 'record-event') {
            if (!alreadyThere && stage) application.stage = stage;
            if (outcome) application.outcome = outcome;
          }
          const how = matchedBy === 'thread' ? 'its email thread' : 'employer and role';
          return {
            ...base,
            ...where,
            action,
            matchedBy,
            stage: alreadyThere ? null : stage,
            outcome,
            reason:
              mail.kind === 'acknowledgement'
                ? `${application.company} confirmed the application ${application.stored ? 'you already track' : 'an earlier email adds'}.`
                : application.stored
                  ? `Matches ${application.company} — ${application.role} by ${how}: record the ${mail.kind} (${channel}).`
                  : `The ${application.company} — ${application.role} application an earlier email adds, found by ${how}: record the ${mail.kind} (${channel}) on it.`,
          };
        }
        if (!mail.company) {
          return {
            ...base,
            action: 'skip',
            applicationId: null,
            matchedBy: null,
            stage,
            outcome,
            reason: `A ${mail.kind} email that names no employer: add it by hand.`,
          };
        }
        const adding = track({
          id: `new-${++added}`,
          stored: false,
          company: mail.company,
          role: mail.role ?? roleToConfirm,
          stage: stage ?? 'applied',
          outcome: outcome ?? 'open',
          updatedAt: mail.date ?? '',
        });
        remember(mail, adding);
        return {
          ...base,
          action: 'create-application',
          applicationId: null,
          newApplication: adding.id,
          matchedBy: null,
          stage: stage ?? 'applied',
          outcome,
          reason: `No application for ${mail.company} yet: add ${mail.role ?? 'it'} and record the ${mail.kind}.`,
        };
      });
    },

    /**
     * Applies accepted proposals, oldest email first, each in its own transaction. One already imported (same
     * Message-ID) is skipped, so applying twice changes nothing. Proposals sharing a `newApplication` key add one
     * application: the first accepted one adds it, the others are recorded on it.
     */
    async apply(actor: Actor, input: unknown): Promise<{ applied: number; skipped: number }> {
      const proposals = inDateOrder(parseInput(z.array(importProposal).max(20_000), input));
      const added = new Map<string, string>();
      let applied = 0;
      let skipped = 0;
      for (const proposal of proposals) {
        if (proposal.action === 'skip') {
          skipped++;
          continue;
        }
        const { mail } = proposal;
        const key = proposal.newApplication ?? null;
        const result = await write({ store }, actor, async (repos) => {
          if (mail.messageId) {
            const known = (await repos.applications.events.all(actor.userId)).find(
              (e) => e.email?.messageId === mail.messageId,
            );
            // Applied before: later emails about the application it added still go to that application.
            if (known) return { done: false, applicationId: known.applicationId };
          }
          const now = clock().toISOString();
          const occurredAt =
            mail.date && !Number.isNaN(Date.parse(mail.date)) ? new Date(mail.date).toISOString() : now;
          const targetId = proposal.applicationId ?? (key ? added.get(key) : undefined);
          let application = targetId ? await repos.applications.rows.get(actor.userId, targetId) : undefined;
          if (!application) {
            // A later email of an application this batch adds also adds it when its first email was not accepted.
            if ((proposal.action !== 'create-application' && !key) || !mail.company) return { done: false };
            application = {
              id: newId(),
              userId: actor.userId,
              company: mail.company,
              role: mail.role ?? roleToConfirm,
              link: null,
              source: mail.agency ? 'agency' : null,
              referrerContactId: null,
              agency: mail.agency ?? null,
              location: null,
              stage: proposal.stage ?? 'applied',
              outcome: 'open',
              appliedAt: occurredAt,
              archived: false,
              notes: 'Added from an imported email.',
              createdAt: now,
              updatedAt: now,
            };
            await repos.applications.rows.insert(application);
          }
          await recordNews(
            repos,
            application,
            {
              stage: proposal.stage,
              outcome: proposal.outcome,
              channel: proposal.channel,
              note: mail.subject,
              email: {
                from: mail.fromName ? `${mail.fromName} <${mail.from}>` : mail.from,
                subject: mail.subject,
                messageId: mail.messageId,
                noReply: mail.isNoReply,
              },
              occurredAt,
            },
            now,
          );
          return { done: true, applicationId: application.id };
        });
        if (key && result.applicationId && !added.has(key)) added.set(key, result.applicationId);
        if (result.done) applied++;
        else skipped++;
      }
      return { applied, skipped };
    },
  };
}
