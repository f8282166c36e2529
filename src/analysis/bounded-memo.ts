/**
 * `compute` with its results kept per name, up to `limit` names (then the memo
 * starts afresh): the stages ask about the same names many times an article,
 * and a page of endless distinct names must not grow memory without bound.
 * `compute` must not return undefined.
 */
export function boundedMemo<T>(compute: (name: string) => T, limit: number): (name: string) => T {
  const cache = new Map<string, T>();
  return (name) => {
    let value = cache.get(name);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute(name);
      cache.set(name, value);
    }
    return value;
  };
}
