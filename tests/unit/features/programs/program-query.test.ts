import { describe, expect, it } from 'vitest';
import {
  EMPTY_QUERY,
  readProgramQuery,
  writeProgramQuery,
} from '@/features/programs/program-query';

describe('the programs screen’s address', () => {
  it('keeps the other parameters first, then the screen’s own in a fixed order', () => {
    const search = writeProgramQuery('?lang=ar&q=old', {
      ...EMPTY_QUERY,
      q: 'cuisine, pâtisserie',
      level: 'T',
      view: 'compare',
    });
    expect(search).toBe('?lang=ar&q=cuisine,%20p%C3%A2tisserie&level=T&view=compare');
    expect(readProgramQuery(search)).toMatchObject({ q: 'cuisine, pâtisserie', level: 'T' });
  });

  it('writes a search cut inside an emoji, its lone half read back as U+FFFD', () => {
    const search = writeProgramQuery('', { ...EMPTY_QUERY, q: '\ud800' });
    expect(readProgramQuery(search).q).toBe('\uFFFD');
    expect(readProgramQuery(writeProgramQuery('', { ...EMPTY_QUERY, q: 'chef 👩🏽‍🍳' })).q).toBe(
      'chef 👩🏽‍🍳',
    );
  });
});
