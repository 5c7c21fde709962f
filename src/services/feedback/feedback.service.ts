import { listQuery } from '../../core/common.schema';
import { type Feedback, type FeedbackAnalysis, feedbackInput } from '../../core/feedback/feedback.schema';
import { newId } from '../../core/ids';
import { repositories } from '../../store/store.repositories';
import {
  type Actor,
  found,
  ownedApplication,
  ownedContact,
  parseInput,
  type ServiceDeps,
  write,
} from '../services.context';

/** Reads a piece of feedback (the advice engine's analysis; tests may pass their own). */
export type FeedbackAnalyzer = (text: string) => FeedbackAnalysis;

export function feedbackService({ store, clock }: ServiceDeps, analyze: FeedbackAnalyzer) {
  const read = repositories(store.db);
  return {
    /** Logs feedback received (who said it, how, when) with the engine's analysis of it. */
    async create(actor: Actor, input: unknown): Promise<Feedback> {
      const values = parseInput(feedbackInput, input);
      const now = clock().toISOString();
      return write({ store }, actor, async (repos) => {
        await ownedApplication(repos, actor, values.applicationId);
        const contact = await ownedContact(repos, actor, values.contactId);
        const feedback: Feedback = {
          id: newId(),
          userId: actor.userId,
          ...values,
          fromName: values.fromName ?? contact?.name ?? null,
          receivedAt: values.receivedAt ?? now,
          analysis: values.analysis ?? analyze(values.text),
          createdAt: now,
        };
        return repos.feedback.rows.insert(feedback);
      });
    },
    async get(actor: Actor, id: string): Promise<Feedback> {
      return found(await read.feedback.rows.get(actor.userId, id), 'feedback', id);
    },
    async list(actor: Actor, query: unknown): Promise<Feedback[]> {
      const { limit, offset } = parseInput(listQuery, query ?? {});
      const all = await read.feedback.rows.all(actor.userId);
      return all.reverse().slice(offset, offset + limit);
    },
    async delete(actor: Actor, id: string): Promise<void> {
      await write({ store }, actor, async (repos) => {
        found(await repos.feedback.rows.get(actor.userId, id), 'feedback', id);
        await repos.feedback.rows.delete(actor.userId, id);
      });
    },
  };
}
