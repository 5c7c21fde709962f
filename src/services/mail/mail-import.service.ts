import { z } from 'zod';
import {
  type Application,
  type NewsChannel,
  newsChannelSchema,
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
    /** Proposals for a batch of classified emails, in the same order; nothing is written. */
    async plan(actor: Actor, input: unknown): Promise<ImportProposal[]> {
      const mails = parseInput(z.array(importableMail).max(20_000), input);
      const applications = await read.applications.rows.all(actor.userId);
      const byCompany = new Map<string, Application[]>();
      for (const app of applications) {
        const key = normaliseCompany(app.company);
        byCompany.set(key, [...(byCompany.get(key) ?? []), app]);
      }
      const byId = new Map(applications.map((app) => [app.id, app]));
      const threads = await knownThreads(actor.userId);

      return mails.map((mail): ImportProposal => {
        const channel = channelOf(mail);
        const base = { mail, channel, stage: null, outcome: null, duplicate: false } as const;
        if (mail.kind === 'other') {
          return { ...base, action: 'skip', applicationId: null, matchedBy: null, reason: 'Not about an application.' };
        }
        const duplicate = mail.messageId !== null && threads.recorded.has(mail.messageId);
        const threadIds = [mail.inReplyTo, ...(mail.references ?? [])].filter((id): id is string => Boolean(id));
        const threadMatch = threadIds.map((id) => threads.byMessageId.get(id)).find(Boolean);
        let application = threadMatch ? byId.get(threadMatch) : undefined;
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
        if (duplicate) {
          return {
            ...base,
            action: 'skip',
            applicationId: application?.id ?? null,
            matchedBy,
            stage,
            outcome,
            duplicate,
            reason: `Already imported this ${what}.`,
          };
        }
        if (application) {
          const alreadyThere =
            mail.kind === 'acknowledgement' ||
            (stage !== null && stageOrder.indexOf(application.stage) >= stageOrder.indexOf(stage) && outcome === null);
          return {
            ...base,
            action: alreadyThere && mail.kind === 'acknowledgement' ? 'skip' : 'record-event',
            applicationId: application.id,
            matchedBy,
            stage: alreadyThere ? null : stage,
            outcome,
            reason:
              mail.kind === 'acknowledgement'
                ? `${application.company} confirmed the application you already track.`
                : `Matches ${application.company} — ${application.role} by ${matchedBy === 'thread' ? 'its email thread' : 'employer and role'}: record the ${mail.kind} (${channel}).`,
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
        return {
          ...base,
          action: 'create-application',
          applicationId: null,
          matchedBy: null,
          stage: stage ?? 'applied',
          outcome,
          reason: `No application for ${mail.company} yet: add ${mail.role ?? 'it'} and record the ${mail.kind}.`,
        };
      });
    },

    /**
     * Applies accepted proposals, each in its own transaction; one already imported (same Message-ID) is
     * skipped, so applying twice changes nothing.
     */
    async apply(actor: Actor, input: unknown): Promise<{ applied: number; skipped: number }> {
      const proposals = parseInput(z.array(importProposal).max(20_000), input);
      let applied = 0;
      let skipped = 0;
      for (const proposal of proposals) {
        if (proposal.action === 'skip') {
          skipped++;
          continue;
        }
        const { mail } = proposal;
        const done = await write({ store }, actor, async (repos) => {
          if (mail.messageId) {
            const known = (await repos.applications.events.all(actor.userId)).some(
              (e) => e.email?.messageId === mail.messageId,
            );
            if (known) return false;
          }
          const now = clock().toISOString();
          const occurredAt =
            mail.date && !Number.isNaN(Date.parse(mail.date)) ? new Date(mail.date).toISOString() : now;
          let application = proposal.applicationId
            ? await repos.applications.rows.get(actor.userId, proposal.applicationId)
            : undefined;
          if (!application) {
            if (proposal.action !== 'create-application' || !mail.company) return false;
            application = {
              id: newId(),
              userId: actor.userId,
              company: mail.company,
              role: mail.role ?? 'Role to confirm',
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
          return true;
        });
        if (done) applied++;
        else skipped++;
      }
      return { applied, skipped };
    },
  };
}
