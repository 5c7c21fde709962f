import { z } from 'zod';
import { idSchema, isoDateTime, listQuery, optionalText } from '../common.schema';

/** The kinds of message Nextround drafts and tracks; the lint is told one of these (or any other string). */
export const messageKinds = [
  'thank-you',
  'influence-letter',
  'feedback-request',
  'nudge',
  'feedback-reply',
  'follow-up-question',
  'keep-in-touch',
  'other-openings',
  'referral-request',
  'subject-access-request',
  'other',
] as const;
export const messageKindSchema = z.enum(messageKinds);
export type MessageKind = z.infer<typeof messageKindSchema>;

export const messageChannels = ['email', 'phone', 'letter', 'linkedin', 'portal', 'in_person'] as const;
export const messageChannelSchema = z.enum(messageChannels);
export type MessageChannel = z.infer<typeof messageChannelSchema>;

export const messageStatuses = ['draft', 'sent', 'replied', 'closed'] as const;
export const messageStatusSchema = z.enum(messageStatuses);
export type MessageStatus = z.infer<typeof messageStatusSchema>;

export const messageInput = z.object({
  applicationId: idSchema.nullish().transform((v) => v ?? null),
  contactId: idSchema.nullish().transform((v) => v ?? null),
  kind: messageKindSchema,
  channel: messageChannelSchema.default('email'),
  recipient: optionalText(500),
  subject: optionalText(1000),
  body: z.string().max(50_000).default(''),
  status: messageStatusSchema.default('draft'),
  dueAt: isoDateTime.nullish().transform((v) => v ?? null),
  sentAt: isoDateTime.nullish().transform((v) => v ?? null),
  repliedAt: isoDateTime.nullish().transform((v) => v ?? null),
  closedReason: optionalText(200),
  /**
   * The thread this message belongs to: before sending, the Message-ID it replies to (the rejection), so it lands
   * in the same thread; once sent through the user's mailbox, its own Message-ID, so a nudge replies under it.
   */
  threadRef: optionalText(1000),
  /** The message this one follows up (a nudge points at its feedback request). */
  parentMessageId: idSchema.nullish().transform((v) => v ?? null),
});
export type MessageInput = z.input<typeof messageInput>;
export type NewMessage = z.output<typeof messageInput>;

export const messagePatch = z
  .object({
    contactId: idSchema.nullable(),
    channel: messageChannelSchema,
    recipient: optionalText(500),
    subject: optionalText(1000),
    body: z.string().max(50_000),
    status: messageStatusSchema,
    dueAt: isoDateTime.nullable(),
    sentAt: isoDateTime.nullable(),
    repliedAt: isoDateTime.nullable(),
    closedReason: optionalText(200),
    threadRef: optionalText(1000),
  })
  .partial()
  .strict();
export type MessagePatch = z.output<typeof messagePatch>;

export interface Message extends NewMessage {
  id: string;
  userId: string;
  createdAt: string;
  updatedAt: string;
}

export const messageListQuery = listQuery.extend({
  status: messageStatusSchema.optional(),
  kind: messageKindSchema.optional(),
});
