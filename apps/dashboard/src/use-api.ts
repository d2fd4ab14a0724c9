// Loads data with the client and exposes every state (loading, error, data) so views can show them all.
import { useCallback, useEffect, useState } from 'react';

/** What a view renders from: exactly one of loading, error or data. */
export type ApiState<T> =
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | { state: 'ok'; data: T };

/**
 * Runs `load` when `key` changes (aborting the previous request) and on `reload()`. Errors are kept for the
 * view to show; only the errors of requests this hook aborted itself are dropped, since nobody waits for them.
 */
export function useApi<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): ApiState<T> & { reload: () => void } {
  const [result, setResult] = useState<ApiState<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // `key` names what `load` fetches; `load` itself is a new closure on each render, so it is not a dependency.
  useEffect(() => {
    const controller = new AbortController();
    setResult({ state: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResult({ state: 'ok', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ state: 'error', error });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...result, reload };
}
