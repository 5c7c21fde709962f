import { z } from 'zod';
import { NotFoundError, ValidationError } from '../../core/errors';
import type { Message } from '../../core/messages/messages.schema';
import { repositories } from '../../store/store.repositories';
import { type Actor, found, parseInput, type ServiceDeps, write } from '../services.context';

/** The outgoing mail a message becomes (the fields `src/mail` needs). */
export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
  inReplyTo: string | null;
  references: string[];
  from?: string;
}

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  from: string;
  /** Accept a self-signed certificate (a home mail server). */
  allowSelfSigned: boolean;
}

/**
 * What the outbox needs from the mail layer, handed in by the face (server or CLI) so the services never
 * depend on mail transport: sending over SMTP, `.eml` and `mailto:`, and encryption of the password at rest.
 */
export interface MailPort {
  send(settings: SmtpSettings & { password: string | null }, mail: OutgoingMessage): Promise<{ messageId: string }>;
  toEml(mail: OutgoingMessage): Promise<Buffer>;
  toMailto(mail: OutgoingMessage): { url: string; reason: string | null };
  encrypt(plain: string, context: string): string;
  /** Throws a domain error when the stored value no longer decrypts. */
  decrypt(stored: string, context: string): string;
}

export const smtpSettingsInput = z.object({
  host: z.string().trim().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  secure: z.boolean().default(false),
  user: z
    .string()
    .max(320)
    .nullish()
    .transform((v) => v || null),
  /** Left out to keep the stored password; an empty string removes it. */
  password: z.string().max(1000).optional(),
  from: z.string().trim().min(3).max(500),
  allowSelfSigned: z.boolean().default(false),
});

const passwordContext = (userId: string) => `smtp:${userId}`;

/**
 * Sends messages through the user's own mailbox (replies land in the rejection's thread), or hands them to
 * a mail client as `.eml` or `mailto:`. The mail password is stored encrypted and never returned.
 */
export function mailOutboxService({ store, clock }: ServiceDeps, port: MailPort | undefined) {
  const read = repositories(store.db);
  const needPort = (): MailPort => {
    if (!port) throw new ValidationError('Mail is not available here.');
    return port;
  };

  async function stored(actor: Actor) {
    const user = await read.users.get(actor.userId);
    if (!user) throw new NotFoundError('user', actor.userId);
    const smtp = user.settings.smtp as (SmtpSettings & { password?: string | null }) | undefined;
    return { user, smtp };
  }

  async function outgoing(actor: Actor, messageId: string): Promise<{ message: Message; mail: OutgoingMessage }> {
    const message = found(await read.messages.rows.get(actor.userId, messageId), 'message', messageId);
    if (message.channel !== 'email') throw new ValidationError(`This message goes by ${message.channel}, not email.`);
    const contact = message.contactId ? await read.contacts.rows.get(actor.userId, message.contactId) : undefined;
    const to = message.recipient ?? contact?.email ?? null;
    if (!to) throw new ValidationError('The message has no recipient address: add one before sending.');
    return {
      message,
      mail: {
        to,
        subject: message.subject ?? '',
        text: message.body,
        inReplyTo: message.threadRef,
        references: message.threadRef ? [message.threadRef] : [],
      },
    };
  }

  return {
    /** The SMTP settings without the password (only whether one is stored). */
    async settings(actor: Actor): Promise<(SmtpSettings & { hasPassword: boolean }) | null> {
      const { smtp } = await stored(actor);
      if (!smtp) return null;
      const { password, ...rest } = smtp;
      return { ...rest, hasPassword: Boolean(password) };
    },

    async saveSettings(actor: Actor, input: unknown): Promise<SmtpSettings & { hasPassword: boolean }> {
      const values = parseInput(smtpSettingsInput, input);
      const mail = needPort();
      return write({ store }, actor, async (repos) => {
        const user = await repos.users.get(actor.userId);
        if (!user) throw new NotFoundError('user', actor.userId);
        const previous = user.settings.smtp as { password?: string | null } | undefined;
        const password =
          values.password === undefined
            ? (previous?.password ?? null)
            : values.password === ''
              ? null
              : mail.encrypt(values.password, passwordContext(actor.userId));
        const smtp = {
          host: values.host,
          port: values.port,
          secure: values.secure,
          user: values.user,
          from: values.from,
          allowSelfSigned: values.allowSelfSigned,
        };
        await repos.users.update(actor.userId, { settings: { ...user.settings, smtp: { ...smtp, password } } });
        return { ...smtp, hasPassword: password !== null };
      });
    },

    /**
     * Sends a message through the user's SMTP server and marks it sent. If sending fails nothing changes: the
     * message stays a draft and the error says why (wrong password, server unreachable…).
     */
    async send(actor: Actor, messageId: string): Promise<Message> {
      const mail = needPort();
      const { smtp } = await stored(actor);
      if (!smtp)
        throw new ValidationError('Set up your outgoing mail server first (or download the .eml / use mailto).');
      const { message, mail: outgoingMail } = await outgoing(actor, messageId);
      if (message.status !== 'draft') throw new ValidationError(`This message was already ${message.status}.`);
      const password = smtp.password ? mail.decrypt(smtp.password, passwordContext(actor.userId)) : null;
      await mail.send({ ...smtp, password }, outgoingMail);
      const now = clock().toISOString();
      return write({ store }, actor, (repos) =>
        repos.messages.rows.replace({ ...message, status: 'sent', sentAt: now, updatedAt: now }),
      );
    },

    /** The message as an RFC 5322 `.eml` file that opens in a mail client, threaded like a reply. */
    async eml(actor: Actor, messageId: string): Promise<Buffer> {
      const { smtp } = await stored(actor);
      const { mail } = await outgoing(actor, messageId);
      return needPort().toEml({ ...mail, ...(smtp?.from ? { from: smtp.from } : {}) });
    },

    async mailto(actor: Actor, messageId: string) {
      const { mail } = await outgoing(actor, messageId);
      return needPort().toMailto(mail);
    },
  };
}
