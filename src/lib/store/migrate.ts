/** One migration step: turns the persisted state of version `n - 1` into that of version `n`. */
export type MigrationStep = (state: unknown) => unknown;

/**
 * Applies the steps from `fromVersion + 1` up to `toVersion` in order. Pure: the input is not
 * mutated by this function (steps must not mutate either).
 *
 * Returns `undefined` when the data cannot be brought to `toVersion`: a version written by a newer
 * app (`fromVersion > toVersion`), a negative or non-integer version, or a missing step. The caller
 * then validates and, failing that, resets to defaults.
 */
export function runMigrations(
  state: unknown,
  fromVersion: number,
  toVersion: number,
  steps: Readonly<Record<number, MigrationStep>>,
): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < 0 || fromVersion > toVersion)
    return undefined;
  let current = state;
  for (let version = fromVersion + 1; version <= toVersion; version += 1) {
    const step = steps[version];
    if (!step) return undefined;
    current = step(current);
  }
  return current;
}
