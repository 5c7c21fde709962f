import { describe, expect, it } from 'vitest';
import { RecentMap } from './lint.recent';

describe('RecentMap', () => {
  it('keeps the entries used most recently, up to its limit', () => {
    const recent = new RecentMap<string, number>(2);
    recent.set('a', 1);
    recent.set('b', 2);
    expect(recent.get('a')).toBe(1);
    recent.set('c', 3);
    expect(recent.has('b')).toBe(false);
    expect([recent.get('a'), recent.get('c')]).toEqual([1, 3]);
    recent.set('c', 4);
    recent.set('d', 5);
    expect([recent.has('a'), recent.get('c'), recent.get('d')]).toEqual([false, 4, 5]);
  });
});
