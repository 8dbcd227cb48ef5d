const warnedKeys = new WeakMap<object, Set<string>>();

/**
 * Writes `message` with `console.warn` the first time `key` is reported for `owner`, and
 * stays silent afterwards. Bad input is usually re-read on every render; partners should
 * see one clear warning per problem, not a flood.
 */
export function warnOnce(owner: object, key: string, message: string): void {
  let keys = warnedKeys.get(owner);
  if (!keys) {
    keys = new Set();
    warnedKeys.set(owner, keys);
  }
  if (keys.has(key)) return;
  keys.add(key);
  console.warn(message);
}
