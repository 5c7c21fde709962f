import { type SelfRatingKey, selfRatingKeys } from '../interviews/interviews.schema';
import type { DebriefEvidence, InsightsDebrief } from './insights.types';

/** Lower-cased words, as specifics are matched ("C++" and "C#" keep their signs). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9+#]+/)
    .filter((word) => word !== '');
}

/**
 * What a debrief contributes to insights: its low self-ratings (2 or below), how many answers were rated weak,
 * and the words of those answers' questions and of the concerns raised, where recurring specifics are looked for.
 * Worked out once per debrief, so a rebuild need not parse and split every stored debrief again. Words found in
 * `vocabulary` are shared with the evidence that met them first, so evidence kept for thousands of debriefs
 * holds each word once.
 *
 * @example
 * debriefEvidence(debrief); // { id, createdAt, lowRatings: ['punctuality'], weakAnswers: 1, texts: [['deploy', 'kubernetes']] }
 */
export function debriefEvidence(
  debrief: InsightsDebrief,
  vocabulary: Map<string, string> = new Map(),
): DebriefEvidence {
  const lowRatings: SelfRatingKey[] = [];
  for (const key of selfRatingKeys) {
    const value = debrief.ratings[key];
    // Stored JSON may hold null: it counts as low, as it always has.
    if (value !== undefined && !(value > 2)) lowRatings.push(key);
  }
  let weakAnswers = 0;
  const texts: string[][] = [];
  const add = (text: string) => {
    const found = words(text);
    if (found.length === 0) return;
    for (let i = 0; i < found.length; i++) {
      const word = found[i] as string;
      const known = vocabulary.get(word);
      if (known === undefined) vocabulary.set(word, word);
      else found[i] = known;
    }
    texts.push(found);
  };
  for (const question of debrief.questions) {
    if (question.rating === null || question.rating > 2) continue;
    weakAnswers++;
    // One text, so a specific may run from what was probed for into the question.
    add(`${question.probedFor ?? ''} ${question.question}`);
  }
  for (const concern of debrief.concernsRaised) add(concern);
  return { id: debrief.id, createdAt: debrief.createdAt, lowRatings, weakAnswers, texts };
}

/** Debriefs as evidence: what a store kept is used as it is, a debrief is worked out now. */
export function evidenceOf(debriefs: readonly (InsightsDebrief | DebriefEvidence)[]): DebriefEvidence[] {
  return debriefs.map((debrief) => ('lowRatings' in debrief ? debrief : debriefEvidence(debrief)));
}
