// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the layer rules of the design', () => {
  it('forbid lib from importing the app', async () => {
    expect(
      await ruleIds('src/lib/example.ts', "export { AppRoutes } from '@/app/router';\n"),
    ).toContain('import-x/no-restricted-paths');
  });

  it('forbid a feature from importing another feature', async () => {
    expect(
      await ruleIds(
        'src/features/home/example.ts',
        "export { useSettingsStore } from '@/features/settings/settings-store';\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  it('allow a feature to import from its own folder and from lib', async () => {
    expect(
      await ruleIds(
        'src/features/settings/example.ts',
        "export { useSettingsStore } from './settings-store';\nexport { paths } from '@/lib/paths';\n",
      ),
    ).toEqual([]);
  });

  it('keep the domain pure', async () => {
    const ids = await ruleIds(
      'src/domain/example.ts',
      "import { useState } from 'react';\nexport const x = [useState, Date.now(), Math.random()];\n",
    );
    expect(ids).toEqual(
      expect.arrayContaining(['no-restricted-imports', 'no-restricted-properties']),
    );
  });

  it('forbid shared components from importing features', async () => {
    expect(
      await ruleIds(
        'src/components/ui/example.ts',
        "export { LanguageSwitcher } from '@/features/settings/language-switcher';\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });
});
