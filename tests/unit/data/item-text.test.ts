import { beforeEach, describe, expect, it, vi } from 'vitest';
import itemsJson from '@/data/items.json';
import type * as Items from '@/data/items';

// The tests' setup loads every language into the app's modules: these tests take fresh ones, as
// a page load finds them.
let items: typeof Items;

beforeEach(async () => {
  vi.resetModules();
  items = await import('@/data/items');
});

describe('the questionnaire’s items, one language at a time', () => {
  it('hold their type and form, but no text and no maintainer’s rationale, before loading', () => {
    expect(items.items.map(({ id, type, quick }) => ({ id, type, quick }))).toEqual(
      itemsJson.map(({ id, type, quick }) => ({ id, type, quick })),
    );
    for (const item of items.items) {
      expect(item.text).toEqual({});
      expect(item).not.toHaveProperty('rationale');
    }
    expect(items.formItems('quick')).toHaveLength(30);
  });

  it('take the French text only when French is loaded, then Arabic beside it', async () => {
    await items.loadItemText('fr');
    items.items.forEach((item, index) => {
      expect(item.text).toEqual({ fr: itemsJson[index]?.text.fr });
    });
    await Promise.all([items.loadItemText('ar'), items.loadItemText('ar')]);
    items.items.forEach((item, index) => {
      expect(item.text).toEqual({ fr: itemsJson[index]?.text.fr, ar: itemsJson[index]?.text.ar });
    });
  });

  it('try again after a failed download', async () => {
    await expect(items.loadItemText('en', Promise.reject(new Error('offline')))).rejects.toThrow(
      'offline',
    );
    await items.loadItemText('en');
    expect(items.items[0]?.text).toEqual({ en: itemsJson[0]?.text.en });
  });
});
