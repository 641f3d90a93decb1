/*
 * The table's elements carry their roles explicitly (table, rowgroup, row, cell…): on a phone, CSS
 * lays each row out as a block, and some browsers drop a table's semantics when its display
 * changes. The explicit roles keep it a table for screen readers.
 */
/* eslint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role */
import '@/components/ui/forms.css';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { findSector } from '@/data/catalogue';
import { RIASEC_TYPES, type RiasecType } from '@/domain/riasec';
import { formatShareCode } from '@/domain/share-code';
import { formatNumber } from '@/lib/format';
import { useCatalogueText } from '@/lib/i18n/use-catalogue-text';
import { languageInfo } from '@/lib/i18n/languages';
import { counselorHref } from './links';
import type { Participant } from './session';
import type { ParticipantSummary } from './summary';

/** A participant and what their results screen showed them. */
export interface Row {
  participant: Participant;
  /** 1-based, in the order participants were added. */
  number: number;
  summary: ParticipantSummary;
}

type SortKey = 'number' | 'pseudonym' | 'profile' | 'sector';
type NoticeFilter = 'all' | 'direction' | 'notice';

interface Sort {
  key: SortKey;
  ascending: boolean;
}

/**
 * A column's sort order as a picture (its `aria-sort` says it in words): a chevron up for
 * ascending, down for descending, both for a column the table is not sorted by. Drawn, because
 * arrow characters may be shown as emoji, or not at all where no font has them.
 */
function SortMark({ order }: { order: 'ascending' | 'descending' | null }) {
  return (
    <svg
      className="sort-button__mark"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={
          order === 'ascending'
            ? 'M7 14.5l5-5 5 5'
            : order === 'descending'
              ? 'M7 9.5l5 5 5-5'
              : 'M7 10l5-5 5 5M7 14l5 5 5-5'
        }
      />
    </svg>
  );
}

/** Rows in the order asked; ties keep the order participants were added in. */
export function sortRows(
  rows: readonly Row[],
  { key, ascending }: Sort,
  compareText: (a: string, b: string) => number,
  sectorName: (id: string) => string,
): Row[] {
  const text = (row: Row): string => {
    if (key === 'pseudonym') return row.participant.pseudonym;
    if (key === 'profile') return row.summary.profileCode;
    const first = row.summary.reading.notice === null ? row.summary.sectors[0] : undefined;
    return first ? sectorName(first.id) : '';
  };
  const sorted = [...rows].sort((a, b) => {
    if (key === 'number') return a.number - b.number;
    const left = text(a);
    const right = text(b);
    // Empty values (no type ahead, no direction) go last either way.
    if (left === '' || right === '') return (left === '' ? 1 : 0) - (right === '' ? 1 : 0);
    return compareText(left, right) || a.number - b.number;
  });
  if (!ascending) {
    const empty = sorted.filter((row) => key !== 'number' && text(row) === '');
    const full = sorted.filter((row) => key === 'number' || text(row) !== '');
    return [...full.reverse(), ...empty];
  }
  return sorted;
}

/** Rows whose name, share code or profile code holds the text, with or without a notice, … */
export function filterRows(
  rows: readonly Row[],
  { text, notice, type }: { text: string; notice: NoticeFilter; type: RiasecType | '' },
): Row[] {
  const wanted = text.normalize('NFC').trim().toLowerCase();
  const bare = wanted.replace(/[\s-]/g, '').toUpperCase();
  return rows.filter(({ participant, summary }) => {
    if (notice === 'direction' && summary.reading.notice !== null) return false;
    if (notice === 'notice' && summary.reading.notice === null) return false;
    if (type !== '' && !(summary.reading.code[0] ?? []).includes(type)) return false;
    if (wanted === '') return true;
    return (
      participant.pseudonym.normalize('NFC').toLowerCase().includes(wanted) ||
      (bare.length >= 2 && summary.code.includes(bare)) ||
      summary.profileCode.toLowerCase() === wanted
    );
  });
}

/**
 * The group as a table: name, share code, profile code as the participant saw it, notice, first
 * sectors with their bands, and a link to the full results; sortable by column and filterable.
 */
export function ParticipantsTable({
  sessionId,
  rows,
}: {
  sessionId: string;
  rows: readonly Row[];
}) {
  const { t } = useTranslation('counselor');
  const { t: tp } = useTranslation('profile');
  const lang = useCatalogueText();
  const id = useId();
  const [sort, setSort] = useState<Sort>({ key: 'number', ascending: true });
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<NoticeFilter>('all');
  const [type, setType] = useState<RiasecType | ''>('');
  const deferredText = useDeferredValue(text);

  const shown = useMemo(() => {
    const collator = new Intl.Collator(languageInfo(lang).locale, { sensitivity: 'base' });
    const sectorName = (sectorId: string) => findSector(sectorId)?.name[lang] ?? sectorId;
    return sortRows(
      filterRows(rows, { text: deferredText, notice, type }),
      sort,
      collator.compare,
      sectorName,
    );
  }, [rows, deferredText, notice, type, sort, lang]);

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        role="columnheader"
        aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : undefined}
      >
        <button
          type="button"
          className="sort-button"
          onClick={() =>
            setSort((current) =>
              current.key === key
                ? { key, ascending: !current.ascending }
                : { key, ascending: true },
            )
          }
        >
          {label}
          <SortMark order={active ? (sort.ascending ? 'ascending' : 'descending') : null} />
        </button>
      </th>
    );
  };

  return (
    <div className="stack">
      <div className="table-filters no-print" role="search" aria-label={t('table.filters')}>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('table.filterText')}</label>
          <input
            id={`${id}-text`}
            type="search"
            autoComplete="off"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-notice`}>{t('table.filterNotice')}</label>
          <select
            id={`${id}-notice`}
            className="setting__select"
            value={notice}
            onChange={(event) => setNotice(event.target.value as NoticeFilter)}
          >
            <option value="all">{t('table.noticeAll')}</option>
            <option value="direction">{t('table.noticeNone')}</option>
            <option value="notice">{t('table.noticeSome')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('table.filterType')}</label>
          <select
            id={`${id}-type`}
            className="setting__select"
            value={type}
            onChange={(event) => setType(event.target.value as RiasecType | '')}
          >
            <option value="">{t('table.typeAll')}</option>
            {RIASEC_TYPES.map((letter) => (
              <option key={letter} value={letter}>
                {letter} — {tp(`riasec.${letter}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted" role="status" id={`${id}-count`}>
        {t('table.shown', {
          count: rows.length,
          shown: formatNumber(shown.length, lang),
          total: formatNumber(rows.length, lang),
        })}
      </p>
      {/* A box that scrolls sideways on a phone must be reachable by keyboard to be scrolled. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table className="participants-table" role="table">
          <caption id={`${id}-caption`}>{t('table.caption')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              {header('number', t('table.number'))}
              {header('pseudonym', t('table.pseudonym'))}
              <th scope="col" role="columnheader">
                {t('table.code')}
              </th>
              {header('profile', t('table.profile'))}
              {header('sector', t('table.sectors'))}
              <th scope="col" role="columnheader" className="no-print">
                <span className="visually-hidden">{t('table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {shown.map(({ participant, number, summary }) => (
              <tr key={participant.id} role="row" data-notice={summary.reading.notice ?? undefined}>
                <td role="cell" className="participants-table__number">
                  {formatNumber(number, lang)}
                </td>
                <th scope="row" role="rowheader">
                  {participant.pseudonym}
                </th>
                <td role="cell" data-label={t('table.code')}>
                  <bdi className="code" dir="ltr">
                    {formatShareCode(summary.code)}
                  </bdi>
                </td>
                <td role="cell" data-label={t('table.profile')}>
                  {summary.profileCode ? (
                    <bdi dir="ltr" className="code">
                      {summary.profileCode}
                    </bdi>
                  ) : (
                    <span className="muted">{t('table.noCode')}</span>
                  )}
                  {summary.reading.notice ? (
                    <span className="table-notice">{t(`notice.${summary.reading.notice}`)}</span>
                  ) : null}
                </td>
                <td role="cell" data-label={t('table.sectors')}>
                  <ol className="table-sectors">
                    {summary.sectors.map((entry) => (
                      <li key={entry.id} data-band={entry.band}>
                        {findSector(entry.id)?.name[lang] ?? entry.id}{' '}
                        <span className={`table-band table-band--${entry.band}`}>
                          ({t(`band.${entry.band}`)})
                        </span>
                      </li>
                    ))}
                  </ol>
                </td>
                <td role="cell" className="no-print">
                  <Link to={counselorHref(sessionId, { participant: participant.id })}>
                    {t('table.open')}
                    <span className="visually-hidden"> — {participant.pseudonym}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
