import { describe, expect, it } from 'vitest';
import { runMigrations } from '@/lib/store/migrate';

const steps = {
  2: (state: unknown) => ({ ...(state as object), textSize: 'standard' }),
  3: (state: unknown) => {
    const { lang, ...rest } = state as { lang: string };
    return { ...rest, language: lang };
  },
};

describe('runMigrations', () => {
  it('applies every step from the stored version to the current one, in order', () => {
    expect(runMigrations({ lang: 'fr' }, 1, 3, steps)).toEqual({
      language: 'fr',
      textSize: 'standard',
    });
    expect(runMigrations({ lang: 'fr', textSize: 'large' }, 2, 3, steps)).toEqual({
      language: 'fr',
      textSize: 'large',
    });
  });

  it('returns the state unchanged when it is already current', () => {
    const state = { language: 'ar' };
    expect(runMigrations(state, 3, 3, steps)).toBe(state);
  });

  it('does not mutate its input', () => {
    const state = Object.freeze({ lang: 'en' });
    expect(() => runMigrations(state, 1, 3, steps)).not.toThrow();
    expect(state).toEqual({ lang: 'en' });
  });

  it('gives up on data from a newer app, a bad version or a missing step', () => {
    expect(runMigrations({}, 4, 3, steps)).toBeUndefined();
    expect(runMigrations({}, -1, 3, steps)).toBeUndefined();
    expect(runMigrations({}, 1.5, 3, steps)).toBeUndefined();
    expect(runMigrations({}, 0, 3, steps)).toBeUndefined();
  });
});
