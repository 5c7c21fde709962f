import { listQuery } from '../../core/common.schema';
import { type Contact, contactInput, contactPatch } from '../../core/contacts/contacts.schema';
import { newId } from '../../core/ids';
import { repositories } from '../../store/store.repositories';
import { type Actor, found, ownedApplication, parseInput, type ServiceDeps, write } from '../services.context';

export function contactsService({ store, clock }: ServiceDeps) {
  const read = repositories(store.db);
  return {
    /** Adds a contact (interviewer, hiring manager, recruiter, …), optionally tied to an application. */
    async create(actor: Actor, input: unknown): Promise<Contact> {
      const values = parseInput(contactInput, input);
      const now = clock().toISOString();
      return write({ store }, actor, async (repos) => {
        const application = await ownedApplication(repos, actor, values.applicationId);
        const contact: Contact = {
          id: newId(),
          userId: actor.userId,
          ...values,
          company: values.company ?? application?.company ?? null,
          createdAt: now,
          updatedAt: now,
        };
        return repos.contacts.rows.insert(contact);
      });
    },
    async get(actor: Actor, id: string): Promise<Contact> {
      return found(await read.contacts.rows.get(actor.userId, id), 'contact', id);
    },
    async list(actor: Actor, query: unknown): Promise<Contact[]> {
      const { limit, offset } = parseInput(listQuery, query ?? {});
      return read.contacts.list(actor.userId, limit, offset);
    },
    async update(actor: Actor, id: string, input: unknown): Promise<Contact> {
      const patch = parseInput(contactPatch, input);
      const now = clock().toISOString();
      return write({ store }, actor, async (repos) => {
        const current = found(await repos.contacts.rows.get(actor.userId, id), 'contact', id);
        return repos.contacts.rows.replace({ ...current, ...patch, updatedAt: now });
      });
    },
    async delete(actor: Actor, id: string): Promise<void> {
      await write({ store }, actor, async (repos) => {
        found(await repos.contacts.rows.get(actor.userId, id), 'contact', id);
        await repos.contacts.rows.delete(actor.userId, id);
      });
    },
  };
}
