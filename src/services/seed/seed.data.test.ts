import { describe, expect, it } from 'vitest';
import { generateSeedData } from './seed.data';

describe('seed data', () => {
  it('keeps every history in a possible order: applied, then the interviews, then the outcome', () => {
    const problems: string[] = [];
    for (const seed of [1, 2, 3, 7, 42]) {
      const data = generateSeedData({ userId: 'u', count: 300, seed, now: new Date('2026-11-24T10:00:00.000Z') });
      for (const app of data.applications) {
        const events = data.stageEvents.filter((event) => event.applicationId === app.id);
        const times = events.map((event) => Date.parse(event.occurredAt));
        if (times.some((time, i) => i > 0 && time < (times[i - 1] ?? 0)))
          problems.push(`${app.id}: events out of order`);
        const applied = Date.parse(app.appliedAt ?? '');
        const outcome = events.find((event) => event.outcome !== null);
        for (const interview of data.interviews.filter((candidate) => candidate.applicationId === app.id)) {
          const starts = Date.parse(interview.startsAt);
          if (starts < applied) problems.push(`${app.id}: interview before applying`);
          if (outcome && starts > Date.parse(outcome.occurredAt)) {
            problems.push(
              `${app.id}: interview on ${interview.startsAt} after ${outcome.outcome} on ${outcome.occurredAt}`,
            );
          }
          const reached = events.find((event) => event.stage === 'interview');
          if (reached && starts < Date.parse(reached.occurredAt))
            problems.push(`${app.id}: interview before its stage`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every contact an address built from the letters of their name, accents folded ("Müller" → "muller")', () => {
    const data = generateSeedData({ userId: 'u', count: 300, seed: 7, now: new Date('2026-11-24T10:00:00.000Z') });
    const fold = (name: string) =>
      name
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z]/g, '');
    const accented = data.contacts.filter((contact) => /[^\p{ASCII}]/u.test(contact.name));
    expect(accented.length).toBeGreaterThan(0);
    for (const contact of data.contacts) {
      const [first = '', ...rest] = contact.name.split(' ');
      expect(contact.email).toMatch(/^[a-z]+\.[a-z]+@[a-z]+\.example$/);
      expect(contact.email?.startsWith(`${fold(first)}.${fold(rest.join(''))}@`)).toBe(true);
    }
  });
});
