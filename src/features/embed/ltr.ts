/** Codes and key names read left to right, also inside an Arabic sentence (an isolate, U+2066–U+2069). */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}
