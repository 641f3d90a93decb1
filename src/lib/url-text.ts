/** Half of a surrogate pair without its other half, which `encodeURIComponent` throws on. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `encodeURIComponent` that never throws: half of a surrogate pair on its own (text cut inside an
 * emoji, or written so into storage) is written U+FFFD, as `URLSearchParams` writes it.
 */
export function encodeUrlText(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));
}
