import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseCsv } from '@/data/csv';
import { schoolLevelOfSlot } from '@/data/ids';
import { RIASEC_TYPES } from '@/domain/riasec';
import { decodeShareCode } from '@/domain/share-code';
import { CSV_COLUMNS, CSV_NAME_COLUMNS, sessionToCsv } from '@/features/counselor/csv';
import { bundledCatalogue, type Catalogue } from '@/features/counselor/summary';
import { participant } from '../features/counselor/arbitraries';
import { hostileUnit } from './inputs';
import { FUZZ } from './runs';

// A session's CSV (`sessionToCsv`, src/features/counselor/csv.ts) read back as a spreadsheet or
// a script reads it: `parseCsv` (src/data/csv.ts), then each column by its id. The app has no
// reader of its own for this file; what a reader gets back is what must survive.

/** Text a spreadsheet would run as a formula, which the export writes after a `'`. */
const FORMULA_START = /^[=+\-@\t\r]/;
const asWritten = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/**
 * A few programs of the dataset to rank: the file's form does not depend on how many there are,
 * and ranking all of them would take most of each run's time.
 */
const catalogue: Catalogue = {
  ...bundledCatalogue,
  programs: bundledCatalogue.programs.slice(0, 8),
};

/** Names of sectors and programs in the export's language: any text, as translations may hold. */
const names = fc
  .array(hostileUnit, { maxLength: 5 })
  .map((units) => units.join(''))
  .map((suffix) => ({
    sector: (id: string) => `${suffix}${id}`,
    program: (id: string) => `${id}${suffix}`,
  }));

describe('the counselor’s CSV, read back', () => {
  test.prop(
    [
      fc.array(participant, { maxLength: 3 }),
      fc.constantFrom(',' as const, ';' as const),
      fc.option(names, { nil: undefined }),
    ],
    FUZZ,
  )(
    'round trip: each participant’s pseudonym, code, source, level and scores read back by column id',
    (participants, separator, withNames) => {
      const csv = sessionToCsv({ participants }, { separator, catalogue, names: withNames });
      const { header, records, errors } = parseCsv(csv);
      const read = records.map(({ fields }) => {
        const cell = (id: string) => fields[header.indexOf(id)] ?? '';
        const decoded = decodeShareCode(cell('share_code'));
        return {
          cells: fields.length,
          formulas: fields.filter((text) => FORMULA_START.test(text)),
          pseudonym: cell('pseudonym'),
          source: cell('source'),
          schoolLevel: cell('school_level') || null,
          scores: Object.fromEntries(
            RIASEC_TYPES.map((type) => [type, Number(cell(`score_${type.toLowerCase()}`))]),
          ),
          code: decoded.ok
            ? { ...decoded.result, schoolLevel: schoolLevelOfSlot(decoded.result.schoolLevel) }
            : decoded.error,
          names: CSV_NAME_COLUMNS.filter((id) => header.includes(id)).map((id) => {
            const ranked = cell(id.replace(/_name$/, ''));
            const name = id.startsWith('sector')
              ? withNames?.sector(ranked)
              : withNames?.program(ranked);
            return cell(id) === (ranked === '' ? '' : asWritten(name ?? ''));
          }),
        };
      });
      const columns = withNames ? [...CSV_COLUMNS, ...CSV_NAME_COLUMNS] : [...CSV_COLUMNS];
      expect({ header, errors, read }).toEqual({
        header: columns,
        errors: [],
        read: participants.map((given) => ({
          cells: columns.length,
          formulas: [],
          pseudonym: asWritten(given.pseudonym),
          source: given.source,
          schoolLevel: given.schoolLevel,
          scores: given.scores,
          code: { scores: given.scores, schoolLevel: given.schoolLevel },
          names: withNames ? CSV_NAME_COLUMNS.map(() => true) : [],
        })),
      });
    },
  );
});
