import { isLang, type Lang } from '@/lib/i18n/languages';
import { createPersistedStore } from '@/lib/store/persisted';
import { isOneOf, isRecord, validator } from '@/lib/store/validate';

export const TEXT_SIZES = ['standard', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** What the settings store saves. `language` is null until the user (or a link) chooses one. */
export interface PersistedSettings {
  language: Lang | null;
  textSize: TextSize;
}

export interface SettingsState extends PersistedSettings {
  setLanguage(language: Lang): void;
  setTextSize(textSize: TextSize): void;
}

export const SETTINGS_VERSION = 1;

export const settingsDefaults: PersistedSettings = { language: null, textSize: 'standard' };

/** The saved settings: a language of the app or null, and one of the text sizes. */
export const settingsSchema = validator<PersistedSettings>((value) => {
  if (!isRecord(value)) return undefined;
  const { language, textSize } = value;
  if (!(language === null || isLang(language)) || !isOneOf(TEXT_SIZES, textSize)) return undefined;
  return { language, textSize };
});

export const useSettingsStore = createPersistedStore<SettingsState, PersistedSettings>(
  {
    name: 'settings',
    version: SETTINGS_VERSION,
    defaults: settingsDefaults,
    schema: settingsSchema,
    partialize: ({ language, textSize }) => ({ language, textSize }),
    // Version 1 is the first; a later shape change adds its step here, e.g. `2: (v1) => ({ … })`.
    migrations: {},
  },
  (set) => ({
    ...settingsDefaults,
    setLanguage: (language) => set({ language }),
    setTextSize: (textSize) => set({ textSize }),
  }),
);

export const selectSavedLanguage = (state: SettingsState): Lang | null => state.language;
export const selectTextSize = (state: SettingsState): TextSize => state.textSize;
