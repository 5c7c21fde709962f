import { z } from 'zod';
import { idSchema, isoDateTime, optionalText, shortText } from '../common.schema';

/** Where the application stands in the hiring process. */
export const stages = ['applied', 'screen', 'interview', 'final', 'offer'] as const;
export const stageSchema = z.enum(stages);
export type Stage = z.infer<typeof stageSchema>;

/** How it ended, or `open` while it goes on. */
export const outcomes = [
  'open',
  'rejected',
  'offer_accepted',
  'offer_declined',
  'withdrawn',
  'ghosted',
  'no_response',
] as const;
export const outcomeSchema = z.enum(outcomes);
export type Outcome = z.infer<typeof outcomeSchema>;

/** How a piece of news (a rejection above all) reached the user. */
export const newsChannels = [
  'phone',
  'email',
  'letter',
  'portal',
  'automated',
  'agency',
  'in_person',
  'silence',
] as const;
export const newsChannelSchema = z.enum(newsChannels);
export type NewsChannel = z.infer<typeof newsChannelSchema>;

export const sources = [
  'job_board',
  'company_site',
  'referral',
  'agency',
  'recruiter_outreach',
  'network',
  'other',
] as const;
export const sourceSchema = z.enum(sources);

export const applicationInput = z.object({
  company: shortText(),
  role: shortText(),
  link: z
    .url()
    .max(2000)
    .nullish()
    .transform((v) => v ?? null),
  source: sourceSchema.nullish().transform((v) => v ?? null),
  referrerContactId: idSchema.nullish().transform((v) => v ?? null),
  agency: optionalText(200),
  location: optionalText(200),
  stage: stageSchema.default('applied'),
  outcome: outcomeSchema.default('open'),
  appliedAt: isoDateTime.nullish().transform((v) => v ?? null),
  archived: z.boolean().default(false),
  notes: optionalText(),
});
export type ApplicationInput = z.input<typeof applicationInput>;
export type NewApplication = z.output<typeof applicationInput>;

export const applicationPatch = z
  .object({
    company: shortText(),
    role: shortText(),
    link: z.url().max(2000).nullable(),
    source: sourceSchema.nullable(),
    referrerContactId: idSchema.nullable(),
    agency: optionalText(200),
    location: optionalText(200),
    stage: stageSchema,
    outcome: outcomeSchema,
    appliedAt: isoDateTime.nullable(),
    archived: z.boolean(),
    notes: optionalText(),
  })
  .partial()
  .strict();
export type ApplicationPatch = z.output<typeof applicationPatch>;

export interface Application {
  id: string;
  userId: string;
  company: string;
  role: string;
  link: string | null;
  source: z.infer<typeof sourceSchema> | null;
  referrerContactId: string | null;
  agency: string | null;
  location: string | null;
  stage: Stage;
  outcome: Outcome;
  appliedAt: string | null;
  archived: boolean;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * One step in an application's history: a stage reached, an outcome, with how the news came.
 * Events are appended, never overwritten.
 */
export const stageEventInput = z.object({
  stage: stageSchema.nullish().transform((v) => v ?? null),
  outcome: outcomeSchema.nullish().transform((v) => v ?? null),
  channel: newsChannelSchema.nullish().transform((v) => v ?? null),
  occurredAt: isoDateTime.optional(),
  note: optionalText(),
  /** Where the news came from when it was an email: address, subject, Message-ID, no-reply sender. */
  email: z
    .object({
      from: z.string().max(500).nullish(),
      subject: z.string().max(1000).nullish(),
      messageId: z.string().max(1000).nullish(),
      noReply: z.boolean().optional(),
    })
    .nullish()
    .transform((v) => v ?? null),
});
export type StageEventInput = z.input<typeof stageEventInput>;
export type NewStageEvent = z.output<typeof stageEventInput>;

export interface StageEvent {
  id: string;
  userId: string;
  applicationId: string;
  stage: Stage | null;
  outcome: Outcome | null;
  channel: NewsChannel | null;
  note: string | null;
  email: { from?: string | null; subject?: string | null; messageId?: string | null; noReply?: boolean } | null;
  occurredAt: string;
  createdAt: string;
}

export const applicationListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  q: z.string().max(200).optional(),
  stage: stageSchema.optional(),
  outcome: outcomeSchema.optional(),
  archived: z
    .enum(['true', 'false', 'all'])
    .default('false')
    .transform((v) => (v === 'all' ? undefined : v === 'true')),
});
export type ApplicationListQuery = z.output<typeof applicationListQuery>;
