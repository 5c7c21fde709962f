import { z } from 'zod';
import { newId } from '../../core/ids';
import { type ActionItem, actionItemInput, actionItemPatch, actionStatusSchema } from '../../core/plan/plan.schema';
import { repositories } from '../../store/store.repositories';
import { type Actor, found, ownedApplication, parseInput, type ServiceDeps, write } from '../services.context';

export const planListQuery = z.object({ status: actionStatusSchema.optional() });

export function planService({ store, clock }: ServiceDeps) {
  const read = repositories(store.db);
  return {
    /** Adds an action item to the plan. */
    async create(actor: Actor, input: unknown): Promise<ActionItem> {
      const values = parseInput(actionItemInput, input);
      const now = clock().toISOString();
      return write({ store }, actor, async (repos) => {
        await ownedApplication(repos, actor, values.applicationId);
        const item: ActionItem = {
          id: newId(),
          userId: actor.userId,
          ...values,
          doneAt: values.status === 'done' ? now : null,
          createdAt: now,
          updatedAt: now,
        };
        return repos.plan.rows.insert(item);
      });
    },
    async get(actor: Actor, id: string): Promise<ActionItem> {
      return found(await read.plan.rows.get(actor.userId, id), 'action item', id);
    },
    async list(actor: Actor, query: unknown): Promise<ActionItem[]> {
      const { status } = parseInput(planListQuery, query ?? {});
      return read.plan.list(actor.userId, status);
    },
    /** Edits an item; moving it to done stamps when, moving it back clears that. */
    async update(actor: Actor, id: string, input: unknown): Promise<ActionItem> {
      const patch = parseInput(actionItemPatch, input);
      const now = clock().toISOString();
      return write({ store }, actor, async (repos) => {
        const current = found(await repos.plan.rows.get(actor.userId, id), 'action item', id);
        const next: ActionItem = { ...current, ...patch, updatedAt: now };
        next.doneAt = next.status === 'done' ? (current.doneAt ?? now) : null;
        return repos.plan.rows.replace(next);
      });
    },
    async delete(actor: Actor, id: string): Promise<void> {
      await write({ store }, actor, async (repos) => {
        found(await repos.plan.rows.get(actor.userId, id), 'action item', id);
        await repos.plan.rows.delete(actor.userId, id);
      });
    },
  };
}
