import { useCallback, useEffect, useRef, useState } from "react";

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads once per key and on reload(); keeps the last data while reloading. `initial` may give the
 * data at hand already (sent with the page): then the first load is not made.
 */
export function useLoad<T>(
  load: () => Promise<T>,
  key: string,
  initial?: () => T | null,
): Loaded<T> {
  const [first] = useState(() => initial?.() ?? null);
  const [data, setData] = useState<T | null>(first);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(first === null);
  const [round, setRound] = useState(0);
  const skipFirst = useRef(first !== null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` reads.
  useEffect(() => {
    if (skipFirst.current) {
      skipFirst.current = false;
      return;
    }
    let live = true;
    setLoading(true);
    load().then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data, error, loading, reload };
}
