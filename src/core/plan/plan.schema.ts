import { z } from 'zod';
import { idSchema, isoDateTime, optionalText, shortText } from '../common.schema';
import { feedbackCategorySchema } from '../feedback/feedback.schema';

export const actionStatuses = ['open', 'doing', 'done', 'dropped'] as const;
export const actionStatusSchema = z.enum(actionStatuses);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

export const actionSources = ['feedback', 'debrief', 'manual'] as const;
export const actionSourceSchema = z.enum(actionSources);

export const actionItemInput = z.object({
  applicationId: idSchema.nullish().transform((v) => v ?? null),
  sourceType: actionSourceSchema.default('manual'),
  sourceId: idSchema.nullish().transform((v) => v ?? null),
  category: feedbackCategorySchema.nullish().transform((v) => v ?? null),
  text: shortText(1000),
  nextStep: optionalText(1000),
  status: actionStatusSchema.default('open'),
  dueAt: isoDateTime.nullish().transform((v) => v ?? null),
  evidence: optionalText(5000),
});
export type ActionItemInput = z.input<typeof actionItemInput>;
export type NewActionItem = z.output<typeof actionItemInput>;

export const actionItemPatch = z
  .object({
    text: shortText(1000),
    nextStep: optionalText(1000),
    status: actionStatusSchema,
    dueAt: isoDateTime.nullable(),
    evidence: optionalText(5000),
    category: feedbackCategorySchema.nullable(),
  })
  .partial()
  .strict();
export type ActionItemPatch = z.output<typeof actionItemPatch>;

export interface ActionItem extends NewActionItem {
  id: string;
  userId: string;
  doneAt: string | null;
  createdAt: string;
  updatedAt: string;
}
