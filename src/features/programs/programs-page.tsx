import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OfficialPortalLink } from '@/components/official-portal-link';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Program } from '@/data/schemas';
import { useCatalogueText } from '@/lib/i18n/use-catalogue-text';
import { useFocusHeadingOnArrival } from '@/lib/use-focus-heading-on-arrival';
import { usePageTitle } from '@/lib/use-page-title';
import { CompareBar, type CompareRefusal } from './compare-bar';
import { CompareView } from './compare-view';
import { ProgramFilters } from './program-filters';
import {
  filterPrograms,
  MAX_COMPARE,
  useProgramQuery,
  type ProgramQuery,
  type UpdateOptions,
} from './program-query';
import { ProgramResults } from './program-results';
import { SectorOverview } from './sector-overview';
import './programs.css';

/** `#/programs`: the list with its filters, or, with `view=compare`, the comparison. */
export default function ProgramsPage() {
  const [query, update] = useProgramQuery();
  return query.view === 'compare' ? (
    <CompareView query={query} update={update} />
  ) : (
    <ProgramList query={query} update={update} />
  );
}

interface ProgramListProps {
  query: ProgramQuery;
  update: (change: Partial<ProgramQuery>, options?: UpdateOptions) => void;
}

function ProgramList({ query, update }: ProgramListProps) {
  // The screen's strings and the programs' text in one wait, not one after the other.
  const { t } = useTranslation(['programs', 'catalogue']);
  const lang = useCatalogueText();
  usePageTitle(t('title'));
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Where focus goes when the control that had it disappears (a clear button, the compare bar).
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);
  const [refusal, setRefusal] = useState<CompareRefusal | null>(null);
  const { q, sector, level, region } = query;
  const { programs: results, suggestion } = useMemo(
    () => filterPrograms({ q, sector, level, region }),
    // Again after a change of language: the search then reads that language's text too.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [q, sector, level, region, lang],
  );

  // Arriving from the comparison or another page of the app: start reading at the heading.
  useFocusHeadingOnArrival(headingRef);

  const toggleCompare = (program: Program) => {
    if (query.compare.includes(program.id)) {
      setRefusal(null);
      update({ compare: query.compare.filter((id) => id !== program.id) }, { replace: true });
    } else if (query.compare.length >= MAX_COMPARE) {
      setRefusal((previous) => ({
        id: program.id,
        attempt: (previous?.attempt ?? 0) + 1,
      }));
    } else {
      setRefusal(null);
      update({ compare: [...query.compare, program.id] }, { replace: true });
    }
  };

  return (
    <div className="stack">
      <h1 ref={headingRef} tabIndex={-1} className="programs__heading">
        {t('title')}
      </h1>
      <p className="lead">{t('lead')}</p>
      <Alert tone="info" role="note">
        <p>
          {t('partial')} <OfficialPortalLink />
        </p>
      </Alert>

      <SectorOverview
        selected={sector}
        onSelect={(id) => {
          update({ sector: id });
          // Choosing a sector is a way to its programs: go to them (the count is announced).
          if (id) resultsHeadingRef.current?.focus();
        }}
      />

      <ProgramFilters query={query} update={update} />

      <section className="stack" aria-labelledby="programs-results">
        <h2
          id="programs-results"
          ref={resultsHeadingRef}
          tabIndex={-1}
          className="programs__heading"
        >
          {t('results.heading')}
        </h2>
        {/* The count, and the correction of a misspelt search: said together when either changes. */}
        <div role="status" className="programs__status">
          <p className="programs__count">{t('results.count', { count: results.length })}</p>
          {suggestion ? (
            <p className="programs__suggestion">
              {t('results.suggestion')}{' '}
              <Button
                variant="quiet"
                className="programs__suggestion-button"
                aria-label={t('results.suggestionLabel', { suggestion })}
                onClick={() => {
                  // A new entry in the history (Back returns to the words as typed), which also
                  // puts the corrected words into the search box.
                  update({ q: suggestion });
                  // The button goes away with the typo: reading resumes at the results.
                  resultsHeadingRef.current?.focus();
                }}
              >
                <bdi>{suggestion}</bdi>
              </Button>
            </p>
          ) : null}
        </div>
        {results.length === 0 ? (
          <Card>
            <h3>{t('results.emptyHeading')}</h3>
            <p>
              {t('results.emptyBody')} <OfficialPortalLink />
            </p>
            <Button
              variant="secondary"
              onClick={() => {
                update({ q: '', sector: null, level: null, region: null });
                resultsHeadingRef.current?.focus();
              }}
            >
              {t('filters.clear')}
            </Button>
          </Card>
        ) : (
          <ProgramResults
            programs={results}
            compare={query.compare}
            onToggleCompare={toggleCompare}
          />
        )}
      </section>

      {query.compare.length > 0 || refusal ? (
        <CompareBar
          query={query}
          refusal={refusal}
          onDismissRefusal={() => setRefusal(null)}
          onClear={() => {
            setRefusal(null);
            update({ compare: [] }, { replace: true });
            resultsHeadingRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
