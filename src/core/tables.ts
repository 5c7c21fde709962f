/**
 * A table keyed by words, with no prototype: looking up "constructor" or "toString" finds nothing, as for any
 * other word not in it. (A plain object literal finds Object's own members there; "constructor" in a message once
 * crashed the lint.)
 *
 * @example
 * const plurals = wordTable({ child: 'children' });
 * plurals.constructor; // undefined
 */
export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
