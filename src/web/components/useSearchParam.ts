import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * One parameter of the page's query string (`?year=2025`) and how to change it: the other parameters
 * stay, and the history entry is replaced (no "back" step per change).
 *
 *   const [method, setMethod] = useSearchParam('method');
 */
export function useSearchParam(name: string): [string | null, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (value: string) =>
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          copy.set(name, value);
          return copy;
        },
        { replace: true },
      ),
    [name, setParams],
  );
  return [params.get(name), set];
}
