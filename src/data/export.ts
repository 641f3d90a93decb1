import { csvCell } from './csv';
import { COLUMNS, LIST_SEPARATOR, type ImportKind } from './import';
import type { Center, Keywords, Localized, Program, Sector } from './schemas';

const LANGS = ['ar', 'fr', 'en'] as const;

const cell = (value: string): string => csvCell(value);

function joinList(items: readonly string[]): string {
  return items.join(` ${LIST_SEPARATOR} `);
}

function localizedCells(base: string, text: Localized | null): Record<string, string> {
  return Object.fromEntries(LANGS.map((lang) => [`${base}_${lang}`, text?.[lang] ?? '']));
}

function localizedListCells(base: string, items: readonly Localized[]): Record<string, string> {
  return Object.fromEntries(
    LANGS.map((lang) => [`${base}_${lang}`, joinList(items.map((item) => item[lang]))]),
  );
}

/** Each language's words in its own column; a program without words has empty cells. */
function keywordCells(keywords: Keywords | undefined): Record<string, string> {
  return Object.fromEntries(
    LANGS.map((lang) => [`keywords_${lang}`, joinList(keywords?.[lang] ?? [])]),
  );
}

function programRow(p: Program): Record<string, string> {
  return {
    id: p.id,
    sector: p.sector,
    kind: p.kind,
    parent: p.parent ?? '',
    level: p.level,
    level_confirmed: p.levelConfirmed ? 'yes' : 'no',
    official_name: p.officialName,
    ...localizedCells('name', p.name),
    ...localizedCells('description', p.description),
    ...localizedListCells('jobs', p.jobs),
    ...localizedListCells('skills', p.skills),
    ...keywordCells(p.keywords),
    ...localizedCells('entry', p.entry),
    operator: p.operator,
    ...localizedCells('admission', p.admission),
    cmcs: joinList(p.where.cmcs),
    ...localizedListCells(
      'places',
      p.where.places.map((place) => place.name),
    ),
    places_regions: joinList(p.where.places.map((place) => place.region)),
    status: p.status,
    sources: joinList(p.sources),
    occupations: joinList(p.occupations),
    ...localizedCells('analogue_note', p.analogueNote),
  };
}

function centerRow(c: Center): Record<string, string> {
  return {
    id: c.id,
    kind: c.kind,
    cmc: c.cmc ?? '',
    ...localizedCells('name', c.name),
    region: c.region,
    ...localizedCells('city', c.city),
    lat: String(c.lat),
    lon: String(c.lon),
    ...localizedListCells('services', c.services),
    status: c.status,
    sources: joinList(c.sources),
  };
}

function sectorRow(s: Sector): Record<string, string> {
  return {
    id: s.id,
    icon: s.icon,
    priority: s.priority ? 'yes' : 'no',
    ...localizedCells('name', s.name),
    ...localizedCells('description', s.description),
    ...keywordCells(s.keywords),
    ...localizedListCells(
      'facts',
      s.facts.map((fact) => fact.text),
    ),
    facts_sources: joinList(s.facts.map((fact) => fact.source)),
  };
}

/**
 * Writes entries as the CSV that `importTable` reads (UTF-8 with a byte-order mark, so that
 * spreadsheets open Arabic text correctly): export, edit in a spreadsheet, import.
 */
export function exportCsv(kind: 'programs', entries: readonly Program[]): string;
export function exportCsv(kind: 'centers', entries: readonly Center[]): string;
export function exportCsv(kind: 'sectors', entries: readonly Sector[]): string;
export function exportCsv(
  kind: ImportKind,
  entries: readonly (Program | Center | Sector)[],
): string {
  const toRow = (entry: Program | Center | Sector): Record<string, string> =>
    kind === 'programs'
      ? programRow(entry as Program)
      : kind === 'centers'
        ? centerRow(entry as Center)
        : sectorRow(entry as Sector);
  const columns = COLUMNS[kind];
  const lines = [columns.join(',')];
  for (const entry of entries) {
    const row = toRow(entry);
    lines.push(columns.map((column) => cell(row[column] ?? '')).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The CSV of one kind of the dataset, and how many entries it holds. */
export function exportKind(
  kind: ImportKind,
  dataset: { programs: readonly Program[]; centers: readonly Center[]; sectors: readonly Sector[] },
): { csv: string; count: number } {
  switch (kind) {
    case 'programs':
      return { csv: exportCsv('programs', dataset.programs), count: dataset.programs.length };
    case 'centers':
      return { csv: exportCsv('centers', dataset.centers), count: dataset.centers.length };
    case 'sectors':
      return { csv: exportCsv('sectors', dataset.sectors), count: dataset.sectors.length };
  }
}
