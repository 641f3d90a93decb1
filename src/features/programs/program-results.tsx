import '@/components/ui/forms.css';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Program } from '@/data/schemas';
import { paths } from '@/lib/paths';
import { langOnly } from './program-query';
import { useProgramText } from './program-text';

export interface ProgramResultsProps {
  programs: readonly Program[];
  /** Ids chosen for comparison. */
  compare: readonly string[];
  onToggleCompare: (program: Program) => void;
}

/** The list of programs found: name, level, sector, status, and a box to compare it. */
export function ProgramResults({ programs, compare, onToggleCompare }: ProgramResultsProps) {
  const { t } = useTranslation('programs');
  const { lang, levelName, sectorName } = useProgramText();
  const { search } = useLocation();
  return (
    <ul className="program-results">
      {programs.map((program) => (
        <li key={program.id} className="program-result" data-program-id={program.id}>
          <div className="program-result__main">
            <h3 className="program-result__name">
              {/* The program page links back to this very list, filters and all. */}
              <Link
                to={{ pathname: paths.program.href(program.id), search: langOnly(search) }}
                state={{ list: search }}
              >
                {program.name[lang]}
              </Link>
            </h3>
            <p className="program-result__meta">
              <span>{t('results.level', { level: levelName(program.level) })}</span>
              <span>{t('results.sector', { sector: sectorName(program.sector) })}</span>
              {program.status === 'indicative' ? (
                <span className="badge">{t('results.indicative')}</span>
              ) : null}
            </p>
          </div>
          <label className="program-result__compare">
            <input
              type="checkbox"
              checked={compare.includes(program.id)}
              onChange={() => onToggleCompare(program)}
              aria-label={t('compare.toggleLabel', { name: program.name[lang] })}
            />
            <span>{t('compare.toggle')}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
