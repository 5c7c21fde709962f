import { z } from 'zod';

/** The families of lint rules; every rule id starts with its category (`tone.pressure`, `spelling.misspelling`). */
export const lintCategories = ['tone', 'spelling', 'grammar', 'personalisation'] as const;
export const lintCategorySchema = z.enum(lintCategories);
export type LintCategory = z.infer<typeof lintCategorySchema>;

/** The tone rule ids; part of the CLI/API contract (DESIGN.md). */
export const toneRules = [
  'tone.generic-why',
  'tone.second-chance',
  'tone.confrontational',
  'tone.defensive',
  'tone.pleading',
  'tone.pressure',
] as const;
export type ToneRule = (typeof toneRules)[number];

/** The personalisation rule ids. */
export const personalisationRules = [
  'personalisation.generic',
  'personalisation.copy-paste',
  'personalisation.missing-name',
  'personalisation.missing-role',
] as const;
export type PersonalisationRule = (typeof personalisationRules)[number];

/**
 * One problem found in a message. `start`/`end` are UTF-16 offsets into the linted text (JavaScript string
 * indices), so `text.slice(start, end)` is the flagged part; `suggestion` replaces that part, or is null.
 */
export const lintIssueSchema = z.object({
  rule: z.string().regex(/^(tone|spelling|grammar|personalisation)\.[a-z0-9-]+$/),
  category: lintCategorySchema,
  message: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  suggestion: z.string().nullable(),
});
export type LintIssue = z.infer<typeof lintIssueSchema>;

/** What the lint is told about a message. Every field is optional; an unknown kind gets the general rules. */
export const lintOptionsSchema = z.object({
  /** The message kind (`thank-you`, `feedback-request`, `feedback-reply`, `nudge`, …); any string is accepted. */
  kind: z.string().max(100).optional(),
  /** Personal dictionary: names and technical words that are never spelling mistakes. */
  dictionary: z.array(z.string().max(200)).max(5000).optional(),
  /** Other notes to the same company, to catch copy-paste between them. */
  otherNotes: z.array(z.string().max(50_000)).max(100).optional(),
  recipientName: z.string().max(200).optional(),
  /** How the recipient likes to be greeted ("Mr Wang" for Wang Wei, "Kate" for Katherine): a greeting by it counts. */
  greetAs: z.string().max(100).optional(),
  /**
   * How the message goes out (`email`, `letter`, `phone`…). A phone script is spoken: its greeting is in the
   * opening lines said on the call, not a "Dear …" line. Any other value is linted as written text.
   */
  channel: z.string().max(40).optional(),
  role: z.string().max(200).optional(),
  company: z.string().max(200).optional(),
});
export type LintOptions = z.infer<typeof lintOptionsSchema>;

/** A request to lint one message: the shape of the CLI's JSON Lines input and of the API body. */
export const lintRequestSchema = lintOptionsSchema.extend({
  text: z.string().max(50_000),
});
export type LintRequest = z.infer<typeof lintRequestSchema>;
