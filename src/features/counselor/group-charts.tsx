import './group-charts.css';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { findSector } from '@/data/catalogue';
import { formatNumber } from '@/lib/format';
import { languageInfo } from '@/lib/i18n/languages';
import { useCatalogueText } from '@/lib/i18n/use-catalogue-text';
import { useLang } from '@/lib/i18n/use-lang';
import { groupDistributions } from './group-stats';
import type { ParticipantSummary } from './summary';

export interface GroupChartsProps {
  /** The session's participants as summarised for the group view (`summarizeParticipant`). */
  summaries: readonly Pick<ParticipantSummary, 'reading' | 'sectors'>[];
}

/** One bar: what it counts, named in words. */
interface Row {
  key: string;
  /** The name as shown beside the bar and in the table's row header. */
  label: ReactNode;
  count: number;
  /** Participants counted apart (no type ahead, no direction): drawn and placed after a rule. */
  apart?: boolean;
  /** Hooks for embedding pages and tests, as on the results' rankings. */
  data: Record<`data-${string}`, string>;
}

interface BarFigureProps {
  kind: 'types' | 'sectors';
  title: string;
  note: string;
  rows: readonly Row[];
  total: number;
  firstHeader: string;
  showLabel: string;
  hideLabel: string;
}

/** The height of a bar in the SVG's own units; its length runs 0–100, a share of the group. */
const BAR_HEIGHT = 10;

/**
 * A horizontal bar chart with the same figures as a table.
 *
 * Accessibility: each bar's name and figures are HTML text beside it, in a list, so the chart
 * reads as "Social, 12 (40%)" with any screen reader, wraps and zooms like text and is never
 * mirrored; the SVG bars carry nothing the text does not say, so they are `aria-hidden`. A
 * `role="img"` summary would have had to repeat every figure in one long label. The table is one
 * button away for everyone who prefers rows and columns (to copy them into a report, or at high
 * zoom); it stays in the document while hidden so that `aria-controls` points at it.
 *
 * The bars grow from the inline start: in Arabic, from the right. The SVG holds no text, so only
 * the rectangles' x positions change with the direction.
 */
function BarFigure({
  kind,
  title,
  note,
  rows,
  total,
  firstHeader,
  showLabel,
  hideLabel,
}: BarFigureProps) {
  const { t } = useTranslation('counselor');
  const lang = useLang();
  const rtl = languageInfo(lang).dir === 'rtl';
  const [tableShown, setTableShown] = useState(false);
  const tableId = useId();
  const titleId = useId();
  const noteId = useId();
  const number = (count: number) => formatNumber(count, lang);
  const share = (count: number) =>
    formatNumber(total > 0 ? count / total : 0, lang, {
      style: 'percent',
      maximumFractionDigits: 0,
    });

  return (
    // The figure is named by its title and described by its note (both in the caption) rather
    // than left to the caption as a whole, which some browsers and readers do not name it by.
    <figure
      className={`group-chart group-chart--${kind}`}
      data-chart={kind}
      aria-labelledby={titleId}
      aria-describedby={noteId}
    >
      <figcaption className="group-chart__caption">
        <span id={titleId} className="group-chart__title">
          {title}
        </span>
        <span id={noteId} className="group-chart__note">
          {note}
        </span>
      </figcaption>
      <ul className="group-chart__bars">
        {rows.map((row) => {
          const length = total > 0 ? (row.count / total) * 100 : 0;
          return (
            <li
              key={row.key}
              className={
                row.apart ? 'group-chart__row group-chart__row--apart' : 'group-chart__row'
              }
              data-count={row.count}
              {...row.data}
            >
              <span className="group-chart__label">{row.label}</span>
              <svg
                className="group-chart__bar"
                viewBox={`0 0 100 ${BAR_HEIGHT}`}
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                <rect
                  className="group-chart__track"
                  width="100"
                  height={BAR_HEIGHT}
                  vectorEffect="non-scaling-stroke"
                />
                <rect
                  className="group-chart__fill"
                  x={rtl ? 100 - length : 0}
                  width={length}
                  height={BAR_HEIGHT}
                />
              </svg>
              <span className="group-chart__value">
                {t('charts.value', { number: number(row.count), share: share(row.count) })}
              </span>
            </li>
          );
        })}
      </ul>
      <Button
        variant="quiet"
        className="group-chart__toggle"
        aria-expanded={tableShown}
        aria-controls={tableId}
        onClick={() => setTableShown((shown) => !shown)}
      >
        {tableShown ? hideLabel : showLabel}
      </Button>
      <table id={tableId} className="group-chart__table" hidden={!tableShown}>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{firstHeader}</th>
            <th scope="col">{t('charts.count')}</th>
            <th scope="col">{t('charts.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} {...row.data}>
              <th scope="row">{row.label}</th>
              <td>{number(row.count)}</td>
              <td>{share(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/**
 * The group view's two distributions: how often each type leads the participants' profile codes,
 * and which sectors come first for those whose profile gives a direction, each bar with its count
 * and its share of the whole group. Drawn from counts, so a group of hundreds costs a few dozen
 * elements. An empty group gets a sentence instead.
 */
export function GroupCharts({ summaries }: GroupChartsProps) {
  const { t } = useTranslation('counselor');
  const { t: tp } = useTranslation('profile');
  const lang = useCatalogueText();
  const headingId = useId();
  const stats = useMemo(() => groupDistributions(summaries), [summaries]);

  const typeRows: Row[] = [
    ...stats.leadingTypes.map(({ type, count }) => ({
      key: type,
      label: (
        <>
          <span className="group-chart__letter" aria-hidden="true">
            {type}
          </span>{' '}
          {tp(`riasec.${type}`)}
        </>
      ),
      count,
      data: { 'data-type': type },
    })),
    {
      key: 'none',
      label: t('charts.types.none'),
      count: stats.noTypeAhead,
      apart: true,
      data: { 'data-type': 'none' },
    },
  ];
  const sectorRows: Row[] = [
    ...stats.firstSectors.map(({ id, count }) => ({
      key: id,
      label: findSector(id)?.name[lang] ?? id,
      count,
      data: { 'data-sector-id': id },
    })),
    {
      key: 'none',
      label: t('charts.sectors.none'),
      count: stats.noDirection,
      apart: true,
      data: { 'data-sector-id': 'none' },
    },
  ];

  return (
    <section className="group-charts" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('charts.heading')}</h3>
      {stats.total === 0 ? (
        <p>{t('charts.empty')}</p>
      ) : (
        <>
          <p className="group-charts__total">{t('charts.total', { count: stats.total })}</p>
          <BarFigure
            kind="types"
            title={t('charts.types.caption')}
            note={t('charts.types.note')}
            rows={typeRows}
            total={stats.total}
            firstHeader={t('charts.types.header')}
            showLabel={t('charts.types.show')}
            hideLabel={t('charts.types.hide')}
          />
          <BarFigure
            kind="sectors"
            title={t('charts.sectors.caption')}
            note={t('charts.sectors.note')}
            rows={sectorRows}
            total={stats.total}
            firstHeader={t('charts.sectors.header')}
            showLabel={t('charts.sectors.show')}
            hideLabel={t('charts.sectors.hide')}
          />
        </>
      )}
    </section>
  );
}
