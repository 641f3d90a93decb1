import { levels } from '@/data/levels';
import { useLang } from '@/lib/i18n/use-lang';

/**
 * The options of a school-level select: "not given" (the empty value), then every school level of
 * the dataset, named in the active language.
 */
export function SchoolLevelOptions({ none }: { none: string }) {
  const lang = useLang();
  return (
    <>
      <option value="">{none}</option>
      {levels.schoolLevels.map((level) => (
        <option key={level.id} value={level.id}>
          {level.name[lang]}
        </option>
      ))}
    </>
  );
}
