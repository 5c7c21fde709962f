import { insertUserRows } from '../../store/store.repositories';
import type { FeedbackAnalyzer } from '../feedback/feedback.service';
import { type Actor, type ServiceDeps, write } from '../services.context';
import { generateSeedData } from './seed.data';

export interface SeedResult {
  applications: number;
  contacts: number;
  interviews: number;
  debriefs: number;
  events: number;
  messages: number;
  feedback: number;
  actionItems: number;
}

export function seedService({ store, clock }: ServiceDeps, analyze?: FeedbackAnalyzer) {
  return {
    /**
     * Adds `count` realistic synthetic applications (deterministic per seed) in one transaction.
     *
     * @example
     * await seed.run(actor, { count: 10_000, seed: 42 });
     */
    async run(actor: Actor, options: { count: number; seed: number }): Promise<SeedResult> {
      const data = generateSeedData({ userId: actor.userId, count: options.count, seed: options.seed, now: clock() });
      if (analyze) for (const feedback of data.feedback) feedback.analysis = analyze(feedback.text);
      await write({ store }, actor, (repos) => insertUserRows(repos, data));
      return {
        applications: data.applications.length,
        contacts: data.contacts.length,
        interviews: data.interviews.length,
        debriefs: data.debriefs.length,
        events: data.stageEvents.length,
        messages: data.messages.length,
        feedback: data.feedback.length,
        actionItems: data.actionItems.length,
      };
    },
  };
}
