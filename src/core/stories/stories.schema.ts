import { z } from 'zod';
import { idSchema, optionalText, shortText } from '../common.schema';

/** A STAR story in the personal story bank, often a weak debrief answer rewritten. */
export const storyInput = z.object({
  title: shortText(300),
  question: optionalText(2000),
  situation: optionalText(5000),
  task: optionalText(5000),
  action: optionalText(5000),
  result: optionalText(5000),
  tags: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
  sourceDebriefId: idSchema.nullish().transform((v) => v ?? null),
});
export type StoryInput = z.input<typeof storyInput>;
export type NewStory = z.output<typeof storyInput>;

// Spelled out rather than derived from storyInput: a derived `.partial()` keeps the `tags` default, and a
// patch that leaves tags out would then clear them.
export const storyPatch = z
  .object({
    title: shortText(300),
    question: optionalText(2000),
    situation: optionalText(5000),
    task: optionalText(5000),
    action: optionalText(5000),
    result: optionalText(5000),
    tags: z.array(z.string().trim().min(1).max(100)).max(30),
  })
  .partial()
  .strict();
export type StoryPatch = z.output<typeof storyPatch>;

export interface Story extends NewStory {
  id: string;
  userId: string;
  createdAt: string;
  updatedAt: string;
}
