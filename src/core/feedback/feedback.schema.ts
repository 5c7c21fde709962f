import { z } from 'zod';
import { idSchema, isoDateTime, optionalText } from '../common.schema';
import { messageChannelSchema } from '../messages/messages.schema';

/** The feedback taxonomy (DESIGN.md); the ids are part of the CLI and API contract. */
export const feedbackCategories = [
  'skills',
  'experience',
  'answers',
  'communication',
  'preparation',
  'fit',
  'competition',
  'role_change',
  'logistics',
  'conduct',
  'no_feedback',
  'strength',
] as const;
export const feedbackCategorySchema = z.enum(feedbackCategories);
export type FeedbackCategory = z.infer<typeof feedbackCategorySchema>;

export const suggestedActionSchema = z.object({
  category: feedbackCategorySchema,
  text: z.string(),
  specifics: z.array(z.string()).default([]),
});
export type SuggestedAction = z.infer<typeof suggestedActionSchema>;

/** What the advice engine reads out of one piece of feedback. */
export const feedbackAnalysisSchema = z.object({
  categories: z.array(feedbackCategorySchema),
  vague: z.boolean(),
  actionable: z.boolean(),
  specifics: z.array(z.string()),
  actions: z.array(suggestedActionSchema),
  followUpQuestion: z.string().nullable(),
});
export type FeedbackAnalysis = z.infer<typeof feedbackAnalysisSchema>;

export const feedbackInput = z.object({
  applicationId: idSchema.nullish().transform((v) => v ?? null),
  contactId: idSchema.nullish().transform((v) => v ?? null),
  fromName: optionalText(200),
  channel: messageChannelSchema.default('email'),
  receivedAt: isoDateTime.optional(),
  text: z.string().trim().min(1).max(20_000),
  analysis: feedbackAnalysisSchema.nullish().transform((v) => v ?? null),
});
export type FeedbackInput = z.input<typeof feedbackInput>;
export type NewFeedback = z.output<typeof feedbackInput>;

export interface Feedback extends Omit<NewFeedback, 'receivedAt'> {
  id: string;
  userId: string;
  receivedAt: string;
  createdAt: string;
}
