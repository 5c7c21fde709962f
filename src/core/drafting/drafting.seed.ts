/** FNV-1a: a tiny, stable string hash, the same in Node and the browser. */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * One of several phrasings, chosen by the seed (the same seed always gives the same text) and shifted by
 * `offset`, so notes written side by side (one per interviewer) never share a phrasing when there are enough.
 */
export function pick<T>(options: readonly T[], seed: string, slot: string, offset = 0): T {
  const index = (hashSeed(`${seed}:${slot}`) + offset) % options.length;
  const chosen = options[index];
  if (chosen === undefined) throw new Error(`No phrasing for ${slot}`);
  return chosen;
}
