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

/**
 * `compute` run once per object (an article), its result kept as long as the object lives: the facts a stage asks
 * of an article again for every sentence or candidate.
 */
export function memoPerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
