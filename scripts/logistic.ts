/**
 * What the offline trainers (train-feedback-model.ts, train-tone-model.ts) share: the feature index and the
 * encoding of a feature list against it.
 */

/** The logistic function. */
export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Feature names seen at least `minCount` times (structural `#` features always), in sorted order, with their
 * positions.
 *
 * @example
 * featureIndex([['w:a', 'w:b'], ['w:a']], 2); // Map { 'w:a' => 0 }
 */
export function featureIndex(lists: Iterable<readonly string[]>, minCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists) for (const f of list) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts]
    .filter(([f, n]) => n >= minCount || f.startsWith('#'))
    .map(([f]) => f)
    .sort();
  return new Map(names.map((f, i) => [f, i]));
}

/** The positions of the known features of a list. */
export function encode(features: readonly string[], index: Map<string, number>): Int32Array {
  const ids: number[] = [];
  for (const f of features) {
    const id = index.get(f);
    if (id !== undefined) ids.push(id);
  }
  return Int32Array.from(ids);
}
