import { describe, expect, it, vi } from 'vitest';
import {
  createMemoryStorage,
  createSafeStorage,
  type KeyValueStorage,
} from '@/lib/storage/safe-storage';

function quotaStorage(limit: number): KeyValueStorage & { keys(): string[] } {
  const inner = createMemoryStorage();
  let used = 0;
  return {
    getItem: (key) => inner.getItem(key),
    removeItem: (key) => inner.removeItem(key),
    keys: () => inner.keys(),
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
    expect(storage.cause()).toBe('blocked');
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

  it('once full, writes nothing more, so what was saved stays as it was, on every key', () => {
    const inner = createMemoryStorage();
    let full = false;
    const backend: KeyValueStorage & { keys(): string[] } = {
      ...inner,
      setItem: (key, value) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        inner.setItem(key, value);
      },
    };
    const storage = createSafeStorage(() => backend);
    const listener = vi.fn();
    storage.onModeChange(listener);
    storage.setItem('masari:quiz', 'answers 1');
    storage.setItem('masari:counselor', 'sessions 1');
    expect(storage.cause()).toBeNull();

    full = true;
    storage.setItem('masari:counselor', 'sessions 2, too big');
    expect(storage.mode()).toBe('memory');
    expect(storage.cause()).toBe('full');
    expect(listener).toHaveBeenCalledExactlyOnceWith('memory');
    // The page goes on with what it has in memory…
    expect(storage.getItem('masari:counselor')).toBe('sessions 2, too big');
    // …and a later, smaller write does not land beside the one that failed.
    full = false;
    storage.setItem('masari:quiz', 'answers 2');
    expect(storage.getItem('masari:quiz')).toBe('answers 2');
    expect(inner.getItem('masari:quiz')).toBe('answers 1');
    expect(inner.getItem('masari:counselor')).toBe('sessions 1');
  });

  it('once full, still reads what the page has not written, and still erases', () => {
    const backend = quotaStorage(20);
    backend.setItem('masari:settings', 'fr');
    const storage = createSafeStorage(() => backend);
    storage.setItem('masari:quiz', 'x'.repeat(100));
    expect(storage.cause()).toBe('full');
    expect(storage.getItem('masari:settings')).toBe('fr');
    storage.clear('masari:');
    expect(backend.getItem('masari:settings')).toBeNull();
    expect(storage.getItem('masari:settings')).toBeNull();
    expect(storage.getItem('masari:quiz')).toBeNull();
  });

  it('reads what a storage already full at the start holds, and counts it as refused', () => {
    const backend = quotaStorage(0);
    const saved = createMemoryStorage({ 'masari:quiz': 'answers' });
    const storage = createSafeStorage(() => ({ ...backend, getItem: saved.getItem }));
    expect(storage.getItem('masari:quiz')).toBe('answers');
    expect(storage.mode()).toBe('memory');
    expect(storage.cause()).toBe('blocked');
    storage.setItem('masari:quiz', 'more answers');
    expect(storage.getItem('masari:quiz')).toBe('more answers');
    expect(saved.getItem('masari:quiz')).toBe('answers');
  });

  it('drops a backend that stops letting itself be read', () => {
    let blocked = false;
    const inner = createMemoryStorage({ 'masari:quiz': 'answers' });
    const storage = createSafeStorage(() => ({
      ...inner,
      getItem: (key) => {
        if (blocked) throw new DOMException('blocked', 'SecurityError');
        return inner.getItem(key);
      },
    }));
    expect(storage.getItem('masari:quiz')).toBe('answers');
    blocked = true;
    expect(storage.getItem('masari:quiz')).toBe('answers');
    expect(storage.cause()).toBe('blocked');
    storage.setItem('masari:quiz', 'more');
    expect(inner.getItem('masari:quiz')).toBe('answers');
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
    expect(storage.cause()).toBeNull();
    expect(storage.getItem('k')).toBe('saved');
  });
});
