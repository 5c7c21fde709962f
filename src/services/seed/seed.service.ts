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
      await write({ store }, actor, async (repos) => {
        await repos.applications.rows.insertMany(data.applications);
        await repos.contacts.rows.insertMany(data.contacts);
        await repos.applications.events.insertMany(data.events);
        await repos.interviews.rows.insertMany(data.interviews);
        await repos.interviews.debriefs.insertMany(data.debriefs);
        await repos.messages.rows.insertMany(data.messages);
        await repos.feedback.rows.insertMany(data.feedback);
        await repos.plan.rows.insertMany(data.actionItems);
      });
      return {
        applications: data.applications.length,
        contacts: data.contacts.length,
        interviews: data.interviews.length,
        debriefs: data.debriefs.length,
        events: data.events.length,
        messages: data.messages.length,
        feedback: data.feedback.length,
        actionItems: data.actionItems.length,
      };
    },
  };
}
