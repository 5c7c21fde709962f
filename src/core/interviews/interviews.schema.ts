import { z } from 'zod';
import { idSchema, isoDateTime, optionalText, rating } from '../common.schema';
import { localMsToInstant, toIso } from '../time/time.zone';

export const interviewTypes = [
  'phone_screen',
  'recruiter_screen',
  'technical',
  'behavioural',
  'case',
  'take_home',
  'panel',
  'hiring_manager',
  'final',
  'other',
] as const;
export const interviewTypeSchema = z.enum(interviewTypes);
export type InterviewType = z.infer<typeof interviewTypeSchema>;

export const interviewFormats = ['phone', 'video', 'in_person'] as const;
export const interviewFormatSchema = z.enum(interviewFormats);
export type InterviewFormat = z.infer<typeof interviewFormatSchema>;

/** An IANA time zone such as `Europe/London`, checked against the runtime's own list. */
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown time zone: use an IANA name such as Europe/London.');

const wallClock = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * When an interview starts: an instant with its offset (`2026-12-03T14:00:00Z`, `…+01:00`), or the time on the
 * clock where it happens (`2026-12-03T14:00`), which the interview's zone turns into an instant (see
 * `startsAtIn`). As typed on a command line or read off an invitation.
 */
const interviewStart = z.union([
  isoDateTime,
  z
    .string()
    .regex(wallClock, 'Invalid ISO datetime: give 2026-12-03T14:00 (local time) or 2026-12-03T14:00:00Z')
    .refine((value) => {
      const [, y, mo, d, h, mi, s = '0'] = wallClock.exec(value) ?? [];
      const at = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
      return at.getUTCDate() === Number(d) && at.getUTCHours() === Number(h) && at.getUTCMinutes() === Number(mi);
    }, 'Invalid date or time'),
]);

/**
 * The instant an interview starts: `startsAt` as given when it carries an offset (already in UTC), else its
 * wall-clock time read in the interview's zone.
 *
 * @example
 * startsAtIn('2026-07-03T14:00', 'Europe/London'); // '2026-07-03T13:00:00.000Z' (BST)
 * startsAtIn('2026-07-03T13:00:00.000Z', 'Asia/Tokyo'); // unchanged
 */
export function startsAtIn(startsAt: string, timeZone: string): string {
  const parts = wallClock.exec(startsAt);
  if (!parts) return startsAt;
  const [, y, mo, d, h, mi, s = '0'] = parts;
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return toIso(localMsToInstant(local, timeZone));
}

export const interviewInput = z.object({
  applicationId: idSchema,
  round: z.number().int().min(1).max(20).default(1),
  type: interviewTypeSchema.default('other'),
  format: interviewFormatSchema.default('video'),
  startsAt: interviewStart,
  /** Where the interview takes place; when left out, the service uses the user's own time zone. */
  timeZone: timeZoneSchema.optional(),
  durationMinutes: z.number().int().min(5).max(600).default(60),
  interviewerIds: z.array(idSchema).max(20).default([]),
  notes: optionalText(),
});
export type InterviewInput = z.input<typeof interviewInput>;
export type NewInterview = z.output<typeof interviewInput>;

export const interviewPatch = z
  .object({
    round: z.number().int().min(1).max(20),
    type: interviewTypeSchema,
    format: interviewFormatSchema,
    startsAt: interviewStart,
    timeZone: timeZoneSchema,
    durationMinutes: z.number().int().min(5).max(600),
    interviewerIds: z.array(idSchema).max(20),
    notes: optionalText(),
  })
  .partial()
  .strict();
export type InterviewPatch = z.output<typeof interviewPatch>;

export interface Interview {
  id: string;
  userId: string;
  applicationId: string;
  round: number;
  type: InterviewType;
  format: InterviewFormat;
  startsAt: string;
  timeZone: string;
  durationMinutes: number;
  interviewerIds: string[];
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The self-ratings of a debrief, each 1–5 (DESIGN.md, "Debrief"). */
export const selfRatingKeys = [
  'punctuality',
  'introduction',
  'bodyLanguage',
  'rapport',
  'listening',
  'handlingWeaknesses',
  'questionsForThem',
  'close',
  'dress',
  'companyResearch',
] as const;
export type SelfRatingKey = (typeof selfRatingKeys)[number];

export const selfRatingsSchema = z
  .object(
    Object.fromEntries(selfRatingKeys.map((key) => [key, rating.optional()])) as Record<
      SelfRatingKey,
      z.ZodOptional<typeof rating>
    >,
  )
  .strict();
export type SelfRatings = z.infer<typeof selfRatingsSchema>;

export const debriefQuestionSchema = z.object({
  question: z.string().trim().min(1).max(2000),
  answerSummary: z.string().max(5000).default(''),
  rating: rating.nullish().transform((v) => v ?? null),
  hard: z.boolean().default(false),
  /** What the interviewer seemed to be probing for with it. */
  probedFor: z
    .string()
    .max(1000)
    .nullish()
    .transform((v) => v ?? null),
});
export type DebriefQuestion = z.output<typeof debriefQuestionSchema>;

const shortList = z.array(z.string().trim().min(1).max(1000)).max(20);

export const debriefInput = z.object({
  interviewersMet: z.array(idSchema).max(20).default([]),
  questions: z.array(debriefQuestionSchema).max(50).default([]),
  ratings: selfRatingsSchema.default({}),
  wentWell: shortList.default([]),
  toChange: shortList.default([]),
  concernsRaised: shortList.default([]),
  probedFor: optionalText(2000),
  salaryTalk: optionalText(2000),
  nextStep: optionalText(2000),
  notes: optionalText(),
});
export type DebriefInput = z.input<typeof debriefInput>;
export type NewDebrief = z.output<typeof debriefInput>;

export interface Debrief extends NewDebrief {
  id: string;
  userId: string;
  interviewId: string;
  createdAt: string;
  updatedAt: string;
}
