import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** Loads with `load` when `key` changes; `reload` loads again; `set` replaces the data (after a mutation). */
export function useLoad<T>(load: () => Promise<T>, key: string) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const current = useRef(0);
  const run = useCallback(() => {
    const mine = ++current.current;
    setLoading(true);
    load().then(
      (value) => {
        if (mine !== current.current) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (mine !== current.current) return;
        setError(e);
        setLoading(false);
      },
    );
  }, [key]);
  useEffect(run, [run]);
  return { data, error, loading, reload: run, set: setData };
}
