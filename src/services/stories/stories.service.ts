import { newId } from '../../core/ids';
import { type Story, storyInput, storyPatch } from '../../core/stories/stories.schema';
import { repositories } from '../../store/store.repositories';
import { type Actor, found, parseInput, type ServiceDeps, write } from '../services.context';

export function storiesService({ store, clock }: ServiceDeps) {
  const read = repositories(store.db);
  return {
    /** Adds a STAR story to the story bank. */
    async create(actor: Actor, input: unknown): Promise<Story> {
      const values = parseInput(storyInput, input);
      const now = clock().toISOString();
      const story: Story = { id: newId(), userId: actor.userId, ...values, createdAt: now, updatedAt: now };
      return write({ store }, actor, (repos) => repos.stories.rows.insert(story));
    },
    async get(actor: Actor, id: string): Promise<Story> {
      return found(await read.stories.rows.get(actor.userId, id), 'story', id);
    },
    async list(actor: Actor): Promise<Story[]> {
      return read.stories.rows.all(actor.userId);
    },
    async update(actor: Actor, id: string, input: unknown): Promise<Story> {
      const patch = parseInput(storyPatch, input);
      const now = clock().toISOString();
      return write({ store }, actor, async (repos) => {
        const current = found(await repos.stories.rows.get(actor.userId, id), 'story', id);
        return repos.stories.rows.replace({ ...current, ...patch, updatedAt: now });
      });
    },
    async delete(actor: Actor, id: string): Promise<void> {
      await write({ store }, actor, async (repos) => {
        found(await repos.stories.rows.get(actor.userId, id), 'story', id);
        await repos.stories.rows.delete(actor.userId, id);
      });
    },
  };
}
