import { z } from 'zod';
import { idSchema, isoDateTime, optionalText, rating } from '../common.schema';

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

export const interviewInput = z.object({
  applicationId: idSchema,
  round: z.number().int().min(1).max(20).default(1),
  type: interviewTypeSchema.default('other'),
  format: interviewFormatSchema.default('video'),
  startsAt: isoDateTime,
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
    startsAt: isoDateTime,
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
