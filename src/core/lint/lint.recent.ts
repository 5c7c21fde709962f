/**
 * A map that keeps only the `limit` entries used most recently: what the lint remembers per sentence, so that
 * while the user types only the sentence being edited is read again, and memory stays bounded.
 *
 * @example
 * const recent = new RecentMap<string, number>(2);
 * recent.set('a', 1); recent.set('b', 2); recent.get('a'); recent.set('c', 3);
 * recent.has('b'); // false: 'a' was used after it
 */
export class RecentMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** The value, now counted as the most recently used. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) this.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
