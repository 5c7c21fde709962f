import { z } from 'zod';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors';
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

/** A host name or an IP address, without a scheme or a port (those have their own fields). */
const hostPattern =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$|^\[?[0-9A-Fa-f:.]+\]?$/;
/** `you@example.org` or `Your Name <you@example.org>`. */
const fromPattern = /^(?:[^<>]*<\s*[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+\s*>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/;

export const smtpSettingsInput = z.object({
  host: z
    .string()
    .trim()
    .min(1, 'Enter the outgoing mail server, e.g. smtp.example.org.')
    .max(255, 'The server name is too long.')
    .regex(hostPattern, 'Enter the server name only, e.g. smtp.example.org (no smtp:// and no port).'),
  port: z
    .number({ error: 'The port is a number, usually 587 or 465.' })
    .int('The port is a whole number, usually 587 or 465.')
    .min(1, 'The port is between 1 and 65535, usually 587 or 465.')
    .max(65535, 'The port is between 1 and 65535, usually 587 or 465.'),
  secure: z.boolean().default(false),
  user: z
    .string()
    .max(320, 'The user name is too long.')
    .nullish()
    .transform((v) => v?.trim() || null),
  /** Left out to keep the stored password; an empty string removes it. */
  password: z.string().max(1000, 'The password is too long.').optional(),
  from: z
    .string()
    .trim()
    .min(1, 'Enter the address to send from, e.g. Alex Morgan <alex@example.org>.')
    .max(500, 'The from address is too long.')
    .regex(fromPattern, 'The from address should look like alex@example.org or Alex Morgan <alex@example.org>.'),
  allowSelfSigned: z.boolean().default(false),
});

/** What `PUT /api/me/smtp` and `POST /api/me/smtp/test` take (the settings form sends this). */
export type SmtpSettingsInput = z.input<typeof smtpSettingsInput>;

/** What the API says about the stored server: never the password, only whether one is stored. */
export type SmtpSettingsView = SmtpSettings & { configured: true; hasPassword: boolean };

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

  /** The stored password, or the one typed: left out keeps the stored one, an empty string means none. */
  function passwordFor(actor: Actor, typed: string | undefined, storedPassword: string | null | undefined) {
    if (typed !== undefined) return typed === '' ? null : typed;
    return storedPassword ? needPort().decrypt(storedPassword, passwordContext(actor.userId)) : null;
  }

  // Messages being sent right now by this process: a double click must not send the email twice.
  const inFlight = new Set<string>();

  return {
    /** The SMTP settings without the password (only whether one is stored); null when none is set up. */
    async settings(actor: Actor): Promise<SmtpSettingsView | null> {
      const { smtp } = await stored(actor);
      if (!smtp) return null;
      const { password, ...rest } = smtp;
      return { ...rest, configured: true, hasPassword: Boolean(password) };
    },

    /**
     * Stores the user's outgoing server; the password is encrypted under the data folder's key.
     *
     * @example
     * await outbox.saveSettings(actor, { host: 'smtp.example.org', port: 587, user: 'alex', password, from: 'alex@example.org' });
     */
    async saveSettings(actor: Actor, input: unknown): Promise<SmtpSettingsView> {
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
        return { ...smtp, configured: true, hasPassword: password !== null };
      });
    },

    /** Forgets the outgoing server and its password; Compose goes back to copy, mail app and `.eml`. */
    async removeSettings(actor: Actor): Promise<void> {
      await write({ store }, actor, async (repos) => {
        const user = await repos.users.get(actor.userId);
        if (!user) throw new NotFoundError('user', actor.userId);
        const { smtp: _removed, ...rest } = user.settings;
        await repos.users.update(actor.userId, { settings: rest });
      });
    },

    /**
     * Checks settings before (or after) saving them by sending a short test email to the from address
     * through them; nothing is stored. A left-out password means the stored one. Failures throw the same
     * clear errors as sending (wrong password, server unreachable…).
     *
     * @example
     * await outbox.testSettings(actor, { host: 'smtp.example.org', port: 587, user: 'alex', from: 'alex@example.org' });
     * // { to: 'alex@example.org', messageId: '<…@example.org>' }
     */
    async testSettings(actor: Actor, input: unknown): Promise<{ to: string; messageId: string }> {
      const { password: typed, ...values } = parseInput(smtpSettingsInput, input);
      const mail = needPort();
      const { smtp } = await stored(actor);
      const password = passwordFor(actor, typed, smtp?.password);
      const to = values.from.match(/<\s*([^>\s]+)\s*>/)?.[1] ?? values.from;
      const sent = await mail.send(
        { ...values, password },
        {
          to,
          subject: 'Nextround test email',
          text: [
            'This is a test email from Nextround.',
            '',
            `It went out through ${values.host}:${values.port}, so your mailbox settings work: feedback requests and notes you send from Nextround will come from ${values.from}.`,
          ].join('\n'),
          inReplyTo: null,
          references: [],
        },
      );
      return { to, messageId: sent.messageId };
    },

    /**
     * Sends a message through the user's SMTP server and marks it sent. The sent email's Message-ID replaces
     * `threadRef`, so a later nudge replies under the request itself (the rejection's Message-ID stays on its
     * stage event). If sending fails nothing changes: the message stays a draft and the error says why (wrong
     * password, server unreachable…).
     */
    async send(actor: Actor, messageId: string): Promise<Message> {
      const mail = needPort();
      const { smtp } = await stored(actor);
      if (!smtp)
        throw new ValidationError('Set up your outgoing mail server first (or download the .eml / use mailto).');
      const { message, mail: outgoingMail } = await outgoing(actor, messageId);
      if (message.status !== 'draft') throw new ValidationError(`This message was already ${message.status}.`);
      const key = `${actor.userId}:${messageId}`;
      if (inFlight.has(key)) throw new ConflictError('This message is already being sent.');
      inFlight.add(key);
      try {
        const password = passwordFor(actor, undefined, smtp.password);
        const sent = await mail.send({ ...smtp, password }, outgoingMail);
        const now = clock().toISOString();
        return await write({ store }, actor, async (repos) => {
          // Read again: the draft may have been edited or marked sent by hand while the server answered.
          const current = found(await repos.messages.rows.get(actor.userId, messageId), 'message', messageId);
          return repos.messages.rows.replace({
            ...current,
            status: 'sent',
            sentAt: current.sentAt ?? now,
            threadRef: sent.messageId,
            updatedAt: now,
          });
        });
      } finally {
        inFlight.delete(key);
      }
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
