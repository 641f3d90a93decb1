import { describe, expect, it, vi } from 'vitest';
import {
  createMemoryStorage,
  createSafeStorage,
  type KeyValueStorage,
} from '@/lib/storage/safe-storage';

function quotaStorage(limit: number): KeyValueStorage {
  const inner = createMemoryStorage();
  let used = 0;
  return {
    getItem: (key) => inner.getItem(key),
    removeItem: (key) => inner.removeItem(key),
    setItem: (key, value) => {
      if (used + value.length > limit) throw new DOMException('full', 'QuotaExceededError');
      used += value.length;
      inner.setItem(key, value);
    },
  };
}

describe('createSafeStorage', () => {
  it('reads and writes through to a working backend', () => {
    const backend = createMemoryStorage();
    const storage = createSafeStorage(() => backend);
    storage.setItem('masari:a', '1');
    expect(backend.getItem('masari:a')).toBe('1');
    expect(storage.getItem('masari:a')).toBe('1');
    expect(storage.mode()).toBe('persistent');
    storage.removeItem('masari:a');
    expect(backend.getItem('masari:a')).toBeNull();
  });

  it('falls back to memory when even reaching the backend throws (blocked storage)', () => {
    const storage = createSafeStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const listener = vi.fn();
    storage.onModeChange(listener);
    expect(storage.getItem('masari:a')).toBeNull();
    storage.setItem('masari:a', 'kept');
    expect(storage.getItem('masari:a')).toBe('kept');
    expect(storage.mode()).toBe('memory');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith('memory');
  });

  it('falls back to memory when there is no backend at all', () => {
    const storage = createSafeStorage(() => undefined);
    storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
    expect(storage.mode()).toBe('memory');
  });

  it('keeps a value that the full backend refused, and says so', () => {
    const backend = quotaStorage(12);
    const storage = createSafeStorage(() => backend);
    storage.setItem('small', '12345');
    expect(storage.mode()).toBe('persistent');
    storage.setItem('big', 'x'.repeat(100));
    expect(storage.mode()).toBe('memory');
    expect(storage.getItem('big')).toBe('x'.repeat(100));
    expect(storage.getItem('small')).toBe('12345');
  });

  it('clears only the keys with the given prefix, in the backend and in memory', () => {
    const backend = createMemoryStorage({ 'masari:a': '1', 'masari:b': '2', other: '3' });
    const storage = createSafeStorage(() => backend);
    storage.getItem('masari:a');
    storage.clear('masari:');
    expect(backend.keys()).toEqual(['other']);
    expect(storage.getItem('masari:a')).toBeNull();
  });

  it('clears from a real Web Storage object too', () => {
    window.localStorage.setItem('masari:x', '1');
    window.localStorage.setItem('keep', '1');
    const storage = createSafeStorage(() => window.localStorage);
    storage.clear('masari:');
    expect(window.localStorage.getItem('masari:x')).toBeNull();
    expect(window.localStorage.getItem('keep')).toBe('1');
  });

  it('can be pointed at another backend, back in persistent mode', () => {
    const storage = createSafeStorage(() => null);
    storage.setItem('k', 'memory only');
    expect(storage.mode()).toBe('memory');
    const backend = createMemoryStorage({ k: 'saved' });
    storage.setBackend(() => backend);
    expect(storage.mode()).toBe('persistent');
    expect(storage.getItem('k')).toBe('saved');
  });
});
