import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LinkButton } from '@/components/ui/link-button';
import { findProgram } from '@/data/catalogue';
import type { Program } from '@/data/schemas';
import { useCatalogueText } from '@/lib/i18n/use-catalogue-text';
import { useStickyInset } from '@/lib/reveal';
import { MAX_COMPARE, writeProgramQuery, type ProgramQuery } from './program-query';

export interface CompareRefusal {
  /** The program that could not be added. */
  id: string;
  /** Counts refusals, so that the same refusal twice is announced twice. */
  attempt: number;
}

export interface CompareBarProps {
  query: ProgramQuery;
  refusal: CompareRefusal | null;
  onDismissRefusal: () => void;
  onClear: () => void;
}

/**
 * Stays at the bottom of the screen while programs are chosen: what is chosen, and the way on.
 * It is kept to one line on phones (the chosen names show on wider screens only; the ticked
 * boxes already say which), and it publishes its height so that the Tab key never leaves the
 * focused program under it.
 */
export function CompareBar({ query, refusal, onDismissRefusal, onClear }: CompareBarProps) {
  const barRef = useRef<HTMLElement>(null);
  useStickyInset(barRef, 'end');
  const { t } = useTranslation('programs');
  const { t: tc } = useTranslation('common');
  const lang = useCatalogueText();
  const { search } = useLocation();
  const chosen = query.compare
    .map((id) => findProgram(id))
    .filter((program): program is Program => program !== undefined);

  return (
    <section className="compare-bar" ref={barRef} aria-label={t('compare.barLabel')}>
      {refusal ? (
        <Alert
          key={refusal.attempt}
          tone="warning"
          role="alert"
          onDismiss={onDismissRefusal}
          dismissLabel={tc('dismiss')}
        >
          <p>
            {t('compare.full', {
              max: MAX_COMPARE,
              name: findProgram(refusal.id)?.name[lang] ?? refusal.id,
            })}
          </p>
        </Alert>
      ) : null}
      {chosen.length > 0 ? (
        <div className="compare-bar__row">
          <div className="compare-bar__chosen">
            <p className="compare-bar__count">
              {t('compare.chosen', { chosen: chosen.length, max: MAX_COMPARE })}
            </p>
            <ul className="compare-bar__names">
              {chosen.map((program) => (
                <li key={program.id}>{program.name[lang]}</li>
              ))}
            </ul>
          </div>
          <div className="compare-bar__actions">
            <LinkButton to={{ search: writeProgramQuery(search, { ...query, view: 'compare' }) }}>
              {t('compare.open')}
            </LinkButton>
            <Button
              variant="quiet"
              className="compare-bar__clear"
              aria-label={t('compare.clearLabel')}
              onClick={onClear}
            >
              {t('compare.clear')}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
