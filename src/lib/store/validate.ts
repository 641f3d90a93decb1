/**
 * What a persisted store checks what it reads back with: an object with zod's `safeParse` shape,
 * so that a zod schema is one (counselor mode's stores use zod/mini) and so is a small
 * hand-written check. The stores the first screen needs (settings, questionnaire) use hand-written
 * ones: zod's core then loads only with the screens that use it (ADR 0003).
 */
export interface StateValidator<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A validator from a function that returns the value as stored (known keys only, as zod's
 * `object` keeps them), or undefined when the value is not one.
 */
export function validator<T>(read: (value: unknown) => T | undefined): StateValidator<T> {
  return {
    safeParse(value) {
      const data = read(value);
      return data === undefined ? { success: false } : { success: true, data };
    },
  };
}

/** True when `value` is one of `options`. */
export function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return (options as readonly unknown[]).includes(value);
}

/** Half of a surrogate pair without its other half (a `u` pattern sees it as category Cs). */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Text, or null. Text is well formed: no half of a surrogate pair on its own, which nobody types
 * but storage can hold (`"\ud800"` in JSON), and on which `encodeURIComponent` throws.
 */
export function isTextOrNull(value: unknown): value is string | null {
  return value === null || (typeof value === 'string' && !LONE_SURROGATE.test(value));
}
