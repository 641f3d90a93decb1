import { describe, expect, it } from 'vitest';
import { encodeUrlText } from '@/lib/url-text';

describe('encodeUrlText', () => {
  it('encodes as encodeURIComponent does, and writes half a surrogate pair as U+FFFD', () => {
    expect(encodeUrlText('Rabat, Salé')).toBe(encodeURIComponent('Rabat, Salé'));
    expect(encodeUrlText('😀')).toBe('%F0%9F%98%80');
    expect(() => encodeURIComponent('Rabat\ud800')).toThrow(URIError);
    expect(encodeUrlText('Rabat\ud800')).toBe('Rabat%EF%BF%BD');
    expect(encodeUrlText('\udc00x')).toBe('%EF%BF%BDx');
  });
});
