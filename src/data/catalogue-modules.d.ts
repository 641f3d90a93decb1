// The modules made from programs.json and sectors.json at build time (scripts/vite/catalogue-split.ts).

declare module 'virtual:catalogue/core' {
  /** Programs and sectors without their text: each localized leaf is an empty object. */
  const core: { programs: unknown[]; sectors: unknown[] };
  export default core;
}

declare module 'virtual:catalogue/text/*' {
  /** One language's brief text of the catalogue, in the order of the walk over its view. */
  const texts: readonly unknown[];
  export default texts;
}

declare module 'virtual:catalogue/details/*' {
  /** One language's details of the catalogue, in the order of the walk over their view. */
  const texts: readonly unknown[];
  export default texts;
}

declare module 'virtual:catalogue/program-names' {
  /** Each program's name in every language, by program id. */
  const names: Readonly<Record<string, { ar: string; fr: string; en: string }>>;
  export default names;
}

declare module 'virtual:items/core' {
  /** The questionnaire's items without their text or rationale: each text is an empty object. */
  const core: unknown[];
  export default core;
}

declare module 'virtual:items/text/*' {
  /** One language's text of the items, in the order of `collectSlots` over the core. */
  const texts: readonly unknown[];
  export default texts;
}
