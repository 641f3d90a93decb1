import '@/components/ui/forms.css';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Button } from '@/components/ui/button';
import { LinkButton } from '@/components/ui/link-button';
import { findProgram } from '@/data/catalogue';
import type { Program } from '@/data/schemas';
import { paths } from '@/lib/paths';
import { useFocusHeadingOnArrival } from '@/lib/use-focus-heading-on-arrival';
import { usePageTitle } from '@/lib/use-page-title';
import { findLevel } from '@/data/levels';
import {
  langOnly,
  writeProgramQuery,
  type ProgramQuery,
  type UpdateOptions,
} from './program-query';
import { useProgramText } from './program-text';

export interface CompareViewProps {
  query: ProgramQuery;
  update: (change: Partial<ProgramQuery>, options?: UpdateOptions) => void;
}

type RowKey = 'level' | 'duration' | 'sector' | 'operator' | 'where' | 'interests' | 'status';

/** The chosen programs side by side, one column each, in a real table. */
export function CompareView({ query, update }: CompareViewProps) {
  // First: it asks for every namespace the table needs at once.
  const text = useProgramText();
  const { t } = useTranslation('programs');
  usePageTitle(t('compare.title'));
  const { search } = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const chosen = query.compare
    .map((id) => findProgram(id))
    .filter((program): program is Program => program !== undefined);

  // Arriving from the list replaces the screen's content: start reading at its heading.
  useFocusHeadingOnArrival(headingRef);

  const rows: Record<RowKey, (program: Program) => ReactNode> = {
    level: (program) => text.levelName(program.level),
    duration: (program) => {
      // The usual durations are OFPPT's: no source gives them for other operators.
      const level = program.operator === 'ofppt' ? findLevel(program.level) : undefined;
      return level ? text.duration(level) : t('compare.notStated');
    },
    sector: (program) => text.sectorName(program.sector),
    operator: (program) => text.operatorName(program),
    where: (program) => {
      const names = text.regionNames(program);
      // A list, not a sentence: Arabic region names have no hyphens to tell them apart.
      return names.length > 0 ? (
        <ul className="compare-table__list">
          {names.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      ) : (
        t('compare.notStated')
      );
    },
    interests: (program) => text.topTypes(program.riasec),
    status: (program) =>
      program.status === 'indicative' ? (
        <span className="badge">{text.status(program)}</span>
      ) : (
        text.status(program)
      ),
  };

  return (
    <div className="stack">
      <h1 ref={headingRef} tabIndex={-1} className="programs__heading">
        {t('compare.title')}
      </h1>
      <p>
        <LinkButton
          variant="secondary"
          to={{ search: writeProgramQuery(search, { ...query, view: 'list' }) }}
        >
          {t('compare.back')}
        </LinkButton>
      </p>
      {chosen.length === 0 ? <p>{t('compare.none')}</p> : null}
      {chosen.length === 1 ? <p>{t('compare.addMore')}</p> : null}
      {chosen.length > 0 ? (
        <table className="compare-table">
          <caption>{t('compare.caption')}</caption>
          <thead>
            <tr>
              <td className="compare-table__corner" />
              {chosen.map((program) => (
                <th key={program.id} scope="col">
                  <Link
                    to={{ pathname: paths.program.href(program.id), search: langOnly(search) }}
                    state={{ list: search }}
                  >
                    {program.name[text.lang]}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(Object.keys(rows) as RowKey[]).map((row) => (
              <tr key={row}>
                <th scope="row">{t(`compare.rows.${row}`)}</th>
                {chosen.map((program) => (
                  <td key={program.id}>{rows[row](program)}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              {chosen.map((program) => (
                <td key={program.id}>
                  <Button
                    variant="secondary"
                    aria-label={t('compare.removeLabel', { name: program.name[text.lang] })}
                    onClick={() => {
                      update(
                        { compare: query.compare.filter((id) => id !== program.id) },
                        { replace: true },
                      );
                      // The button goes away with its column.
                      headingRef.current?.focus();
                    }}
                  >
                    {t('compare.remove')}
                  </Button>
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      ) : null}
    </div>
  );
}
