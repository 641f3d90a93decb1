import type about from '../../../locales/en/about.json';
import type centers from '../../../locales/en/centers.json';
import type common from '../../../locales/en/common.json';
import type counselor from '../../../locales/en/counselor.json';
import type embed from '../../../locales/en/embed.json';
import type home from '../../../locales/en/home.json';
import type notices from '../../../locales/en/notices.json';
import type pages from '../../../locales/en/pages.json';
import type profile from '../../../locales/en/profile.json';
import type programs from '../../../locales/en/programs.json';
import type quiz from '../../../locales/en/quiz.json';
import type results from '../../../locales/en/results.json';
import type towns from '../../../locales/en/towns.json';

// English is the reference for key types; the i18n check keeps the other languages identical in keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      centers: typeof centers;
      counselor: typeof counselor;
      embed: typeof embed;
      home: typeof home;
      notices: typeof notices;
      about: typeof about;
      quiz: typeof quiz;
      results: typeof results;
      programs: typeof programs;
      profile: typeof profile;
      pages: typeof pages;
      towns: typeof towns;
      /**
       * No strings: asking for it loads the programs' and sectors' text in the active language
       * (`useCatalogueText`, `src/lib/i18n/i18n.ts`).
       */
      catalogue: Record<never, never>;
      /**
       * No strings: asking for it loads the programs' descriptions and skills and the sectors'
       * facts in the active language (`useCatalogueDetails`).
       */
      'catalogue-details': Record<never, never>;
      /** No strings: asking for it loads the items' text in the active language (`useItemText`). */
      items: Record<never, never>;
    };
    returnNull: false;
  }
}
