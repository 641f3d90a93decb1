import { useTranslation } from 'react-i18next';
import { findSector } from '@/data/catalogue';
import type { Level, Program } from '@/data/schemas';
import type { RiasecProfile, RiasecType } from '@/domain/riasec';
import { profileCode } from '@/domain/scoring';
import { formatList } from '@/lib/format';
import { useCatalogueText } from '@/lib/i18n/use-catalogue-text';
import { findLevel } from '@/data/levels';
import { findRegion } from '@/data/regions';
import { programRegions } from './program-data';

/** What `useProgramText` gives: the active language, and the words for the data in it. */
export type ProgramText = ReturnType<typeof useProgramText>;

/** The words the programs screens use for the data, in the active language. */
export function useProgramText() {
  // Every namespace the words need, asked for at once so that they download together.
  const { t } = useTranslation(['programs', 'profile', 'catalogue']);
  const { t: tc } = useTranslation('profile');
  const lang = useCatalogueText();
  const list = (items: readonly string[]) => formatList(items, lang);

  return {
    lang,
    list,
    levelName: (id: string) => findLevel(id)?.name[lang] ?? id,
    sectorName: (id: string) => findSector(id)?.name[lang] ?? id,
    /** "2 years" when a source confirms it, else "usually 2 years". */
    duration: (level: Level) =>
      level.durationConfirmed
        ? t('program.years', { count: level.usualDurationYears })
        : t('program.yearsUsual', { count: level.usualDurationYears }),
    /** Who runs the program, by name. */
    operatorName: (program: Program) => t(`operators.${program.operator}.name`),
    status: (program: Program) =>
      program.status === 'verified' ? t('program.verified') : t('program.indicative'),
    /** The three strongest interest types, ties in RIASEC order, as words. */
    topTypes: (riasec: RiasecProfile) =>
      list([...profileCode(riasec).code].map((type) => tc(`riasec.${type as RiasecType}`))),
    /** The regions where the data says a program is taught, by name; empty when it does not say. */
    regionNames: (program: Program) =>
      [...programRegions(program)].sort().map((code) => findRegion(code)?.name[lang] ?? code),
  };
}
