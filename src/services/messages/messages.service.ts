import { defaultTimingRules } from '../../core/decisions/decisions.rules';
import { newId } from '../../core/ids';
import { type Message, messageInput, messageListQuery, messagePatch } from '../../core/messages/messages.schema';
import { type Repositories, repositories } from '../../store/store.repositories';
import {
  type Actor,
  found,
  ownedApplication,
  ownedContact,
  parseInput,
  type ServiceDeps,
  write,
} from '../services.context';

/**
 * When a feedback request ends, answered or closed as "no reply", its recipient joins the user's network on the
 * default keep-in-touch cadence (about every three months), so the relationship outlives the "no". A cadence
 * the user already set is left as it is.
 */
async function keepInTouchWith(repos: Repositories, actor: Actor, contactId: string, now: string): Promise<void> {
  const contact = await repos.contacts.rows.get(actor.userId, contactId);
  if (!contact || contact.keepInTouchDays !== null) return;
  await repos.contacts.rows.replace({
    ...contact,
    keepInTouchDays: defaultTimingRules.keepInTouchDays,
    lastContactedAt: now,
    updatedAt: now,
  });
}

export function messagesService({ store, clock }: ServiceDeps) {
  const read = repositories(store.db);
  return {
    /** Saves a message (usually a draft) tied to an application and a contact. */
    async create(actor: Actor, input: unknown): Promise<Message> {
      const values = parseInput(messageInput, input);
      const now = clock().toISOString();
      return write({ store }, actor, async (repos) => {
        await ownedApplication(repos, actor, values.applicationId);
        await ownedContact(repos, actor, values.contactId);
        if (values.parentMessageId) {
          found(await repos.messages.rows.get(actor.userId, values.parentMessageId), 'message', values.parentMessageId);
        }
        const message: Message = {
          id: newId(),
          userId: actor.userId,
          ...values,
          sentAt: values.status === 'sent' ? (values.sentAt ?? now) : values.sentAt,
          createdAt: now,
          updatedAt: now,
        };
        return repos.messages.rows.insert(message);
      });
    },
    async get(actor: Actor, id: string): Promise<Message> {
      return found(await read.messages.rows.get(actor.userId, id), 'message', id);
    },
    async list(actor: Actor, query: unknown): Promise<Message[]> {
      const { limit, offset, status, kind } = parseInput(messageListQuery, query ?? {});
      return read.messages.list(actor.userId, { status, kind }, limit, offset);
    },
    /** Edits a message; marking it sent or replied stamps the time if none is given. */
    async update(actor: Actor, id: string, input: unknown): Promise<Message> {
      const patch = parseInput(messagePatch, input);
      const now = clock().toISOString();
      return write({ store }, actor, async (repos) => {
        const current = found(await repos.messages.rows.get(actor.userId, id), 'message', id);
        if (patch.contactId) await ownedContact(repos, actor, patch.contactId);
        const next: Message = { ...current, ...patch, updatedAt: now };
        if (next.status === 'sent' && !next.sentAt) next.sentAt = now;
        if (next.status === 'replied' && !next.repliedAt) next.repliedAt = now;
        const ended = (next.status === 'replied' || next.status === 'closed') && next.status !== current.status;
        if (ended && (next.kind === 'feedback-request' || next.kind === 'nudge') && next.contactId) {
          await keepInTouchWith(repos, actor, next.contactId, now);
        }
        return repos.messages.rows.replace(next);
      });
    },
    async markSent(actor: Actor, id: string, sentAt?: string): Promise<Message> {
      return this.update(actor, id, { status: 'sent', sentAt: sentAt ?? clock().toISOString() });
    },
    async delete(actor: Actor, id: string): Promise<void> {
      await write({ store }, actor, async (repos) => {
        found(await repos.messages.rows.get(actor.userId, id), 'message', id);
        await repos.messages.rows.delete(actor.userId, id);
      });
    },
  };
}
