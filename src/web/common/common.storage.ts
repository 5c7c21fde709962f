import { useCallback, useEffect, useRef, useState } from 'react';

const prefix = 'nextround:';

function read<T>(key: string, fallback: T): T {
  try {
    const raw = window.localStorage.getItem(prefix + key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

/**
 * State kept in localStorage as well as in memory, so what the user typed survives navigation, a reload or a
 * crashed tab. Pass `null` as the key to keep it in memory only (e.g. until a record has loaded).
 */
export function usePersistentState<T>(
  key: string | null,
  initial: T,
): [T, (next: T | ((prev: T) => T)) => void, () => void] {
  const [value, setValue] = useState<T>(() => (key ? read(key, initial) : initial));
  const keyRef = useRef(key);
  useEffect(() => {
    if (keyRef.current !== key) {
      keyRef.current = key;
      setValue(key ? read(key, initial) : initial);
    }
    // `initial` is only the fallback for a new key; changing it must not reset what the user typed.
  }, [key]);
  const set = useCallback((next: T | ((prev: T) => T)) => {
    setValue((prev) => {
      const resolved = typeof next === 'function' ? (next as (p: T) => T)(prev) : next;
      if (keyRef.current) {
        try {
          window.localStorage.setItem(prefix + keyRef.current, JSON.stringify(resolved));
        } catch {
          // Storage full or disabled: the draft still lives in memory.
        }
      }
      return resolved;
    });
  }, []);
  const clear = useCallback(() => {
    if (keyRef.current) window.localStorage.removeItem(prefix + keyRef.current);
    setValue(initial);
  }, []);
  return [value, set, clear];
}

/** Forgets a saved draft once it has been submitted. */
export function forgetDraft(key: string): void {
  window.localStorage.removeItem(prefix + key);
}
