import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { OfficialPortalLink } from '@/components/official-portal-link';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { LinkButton } from '@/components/ui/link-button';
import {
  isSchoolLevelId,
  schoolLevelOfSlot,
  slotOfSchoolLevel,
  type SchoolLevelId,
} from '@/data/ids';
import { formItems } from '@/data/items';
import type { Town } from '@/data/schemas';
import { season } from '@/data/season';
import { formatRiasecList, parseRiasecList, type RiasecProfile } from '@/domain/riasec';
import type { ScoreSource } from '@/domain/precision';
import { answeredCount, scoreAnswers, type Answers } from '@/domain/scoring';
import {
  decodeShareCode,
  encodeShareCode,
  formatShareCode,
  type DecodeError,
  type DecodeResult,
} from '@/domain/share-code';
import { embedOptions } from '@/lib/embed/mode';
import { encodeUrlText } from '@/lib/url-text';
import { reportEmbedResult } from '@/lib/embed/report';
import { MAX_RESULT_SECTORS, type EmbedSector } from '@/lib/embed/messages';
import { formatDate } from '@/lib/format';
import { useLang } from '@/lib/i18n/use-lang';
import { paths } from '@/lib/paths';
import { useReveal } from '@/lib/reveal';
import { ITEM_COUNT, useQuizStore, type QuizMode } from '@/lib/quiz/quiz-store';
import { usePageTitle } from '@/lib/use-page-title';
import { PaperScoresForm } from '@/components/paper-scores-form';
import { ResultsReport } from './report';
import { CODE_FIELD_MAX, CodeForm, SharePanel } from './share-panel';
import '@/styles/print.css';
import './results.css';

/** Where the six scores come from; the screen is the same for all three. */
type Source =
  | { kind: 'code'; profile: RiasecProfile; schoolLevel: SchoolLevelId | null }
  | { kind: 'riasec'; profile: RiasecProfile; schoolLevel: SchoolLevelId | null }
  | { kind: 'answers'; profile: RiasecProfile; schoolLevel: SchoolLevelId | null; mode: QuizMode }
  | { kind: 'none' };

/** A share code's school level slot (1-based) as an id of the app's list; null when unknown. */
function schoolLevelOf(slot: number | null): SchoolLevelId | null {
  return schoolLevelOfSlot(slot) ?? null;
}

/** A school level read from a link or from storage, when it is one of the app's list. */
function knownSchoolLevel(value: string | null): SchoolLevelId | null {
  return isSchoolLevelId(value) ? value : null;
}

/**
 * The town a saved value designates, once the town list has loaded: the list is only fetched
 * when a town was given, so the results screen does not carry it otherwise.
 */
function useTown(value: string | null): Town | null {
  const [loaded, setLoaded] = useState<{ value: string; town: Town | null } | null>(null);
  useEffect(() => {
    if (value === null) return;
    let current = true;
    void import('@/data/towns').then(({ townOf }) => {
      if (current) setLoaded({ value, town: townOf(value) });
    });
    return () => {
      current = false;
    };
  }, [value]);
  return loaded?.value === value ? loaded.town : null;
}

/**
 * The longest `code=` or `riasec=` value read. A code with its dashes and spaces, or six scores
 * with their commas, fit in far fewer characters: a longer value is refused before it is decoded.
 */
const MAX_PARAM_LENGTH = 64;

/** The start of the paper form's field ids (`PaperScoresForm`). */
const PAPER_FORM = 'results-paper';
/** The ids of the fields the messages about bad input lead to. */
const FIELD = {
  code: 'results-code-field',
  scores: `${PAPER_FORM}-R`,
  level: `${PAPER_FORM}-level`,
} as const;

/**
 * A parameter of the link: its value, or null when it is absent or when the link repeats it with
 * different values, which leave no way to tell which one was meant (`conflict`). The same value
 * twice is no conflict.
 */
function single(
  params: URLSearchParams,
  name: string,
): { value: string | null; conflict: boolean } {
  const values = new Set(params.getAll(name));
  if (values.size > 1) return { value: null, conflict: true };
  return { value: params.get(name), conflict: false };
}

/** Reads a share code as typed or linked; a text too long to be one is not decoded at all. */
function decodeCode(text: string): DecodeResult {
  return text.length > MAX_PARAM_LENGTH ? { ok: false, error: 'length' } : decodeShareCode(text);
}

/** Why a decoded share code cannot be shown, or null when it can. */
function problemOf(decoded: DecodeResult): DecodeError | null {
  if (!decoded.ok) return decoded.error;
  const slot = decoded.result.schoolLevel;
  return slot !== null && !schoolLevelOf(slot) ? 'range' : null;
}

/** Moves the focus to a field further down the page, which the browser scrolls into view. */
function focusField(id: string): void {
  document.getElementById(id)?.focus();
}

/** A message's way on: a button that takes the user to the field where they can put it right. */
function WayOn({ field, children }: { field: string; children: string }) {
  return (
    <p>
      <Button variant="secondary" onClick={() => focusField(field)}>
        {children}
      </Button>
    </p>
  );
}

/** The forms, the more detailed first. */
const FORMS_BY_DETAIL: readonly QuizMode[] = ['full', 'quick'];

function isComplete(form: QuizMode, answers: Answers): boolean {
  return answeredCount(formItems(form), answers) === formItems(form).length;
}

/** The competition figure of the season (applications per TS seat), cited from the data. */
const applicationsPerSeat = season.facts.find((fact) => fact.unit === 'more-than');

/**
 * Results from a share code (`?code=`), six scores (`?riasec=`) or, else, the stored answers once
 * the form is complete. The profile is derived on each render from its source, never stored.
 */
export default function ResultsPage() {
  // The programs' and sectors' text downloads with the screen's strings, not after them.
  const { t } = useTranslation(['results', 'catalogue']);
  const lang = useLang();
  usePageTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const answers = useQuizStore((state) => state.answers);
  const mode = useQuizStore((state) => state.mode);
  const storedSchoolLevel = useQuizStore((state) => state.schoolLevel);
  const town = useQuizStore((state) => state.town);
  // Saved by id (older saves: as typed), shown by its name in the active language.
  const savedTown = useTown(town);

  const riasec = single(params, 'riasec');
  const level = single(params, 'level');
  const code = single(params, 'code');
  const riasecParam = riasec.value;
  const levelParam = level.value;
  const schoolLevelParam = knownSchoolLevel(levelParam);
  const codeParam = code.value;
  const fromLink = useMemo(
    () =>
      riasecParam === null || riasecParam.length > MAX_PARAM_LENGTH
        ? null
        : parseRiasecList(riasecParam),
    [riasecParam],
  );
  const decoded = useMemo(() => (codeParam === null ? null : decodeCode(codeParam)), [codeParam]);
  const codeError = decoded ? problemOf(decoded) : null;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const reveal = useReveal(titleRef);

  const source: Source = useMemo(() => {
    if (decoded?.ok && !codeError) {
      return {
        kind: 'code',
        profile: decoded.result.scores,
        schoolLevel: schoolLevelOf(decoded.result.schoolLevel),
      };
    }
    if (fromLink) return { kind: 'riasec', profile: fromLink, schoolLevel: schoolLevelParam };
    // The fullest finished form: the full one, else the quick one, even while the full form is
    // in progress (its first 30 items are the quick form's), so finished results never vanish.
    const finished = mode ? FORMS_BY_DETAIL.find((form) => isComplete(form, answers)) : undefined;
    if (finished) {
      return {
        kind: 'answers',
        profile: scoreAnswers(formItems(finished), answers),
        schoolLevel: knownSchoolLevel(storedSchoolLevel),
        mode: finished,
      };
    }
    return { kind: 'none' };
  }, [decoded, codeError, fromLink, schoolLevelParam, mode, answers, storedSchoolLevel]);

  const answered = mode ? answeredCount(formItems(mode), answers) : 0;
  // A share code does not say which form it came from: it is read with the quick form's wider
  // error, so that it never shows more precision than its answers may have had.
  const scoreSource: ScoreSource =
    source.kind === 'answers' ? source.mode : source.kind === 'code' ? 'quick' : 'typed';

  const openWith = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };

  const shareCode =
    source.kind === 'none'
      ? null
      : encodeShareCode({
          scores: source.profile,
          schoolLevel: slotOfSchoolLevel(source.schoolLevel),
        });
  const today = formatDate(new Date(), lang);

  // Embed mode: a school's featured sectors come first, and, when the school opted in, its page
  // hears of the results on screen (the code and the first sectors), once per change.
  const embed = embedOptions();
  const lastReported = useRef<string | null>(null);
  const reportShown = useCallback(
    (sectors: readonly EmbedSector[]) => {
      if (!shareCode) return;
      const key = JSON.stringify([shareCode, sectors.slice(0, MAX_RESULT_SECTORS)]);
      if (key === lastReported.current) return;
      lastReported.current = key;
      reportEmbedResult({ code: shareCode, sectors });
    },
    [shareCode],
  );

  // What the link gives that cannot be used as it is. A level counts only beside six scores: a
  // share code carries its own, and stored answers the one saved with them.
  const levelUsed = source.kind === 'riasec';
  const badLevel =
    levelUsed && levelParam !== null && levelParam !== '' && schoolLevelParam === null;
  const codeAndScoresDiffer =
    source.kind === 'code' &&
    fromLink !== null &&
    formatRiasecList(fromLink) !== formatRiasecList(source.profile);

  return (
    <div className="stack results">
      <h1 ref={titleRef} tabIndex={-1}>
        {t('title')}
      </h1>
      {shareCode ? (
        <div className="print-only print-header">
          <p>{t('print.title')}</p>
          <p>{t('print.date', { date: today })}</p>
        </div>
      ) : null}
      {code.conflict ? (
        <Alert tone="error" role="alert">
          <p>{t('conflict.code')}</p>
          <WayOn field={FIELD.code}>{t('wayOn.code')}</WayOn>
        </Alert>
      ) : null}
      {riasec.conflict ? (
        <Alert tone="error" role="alert">
          <p>{t('conflict.riasec')}</p>
          <WayOn field={FIELD.scores}>{t('wayOn.scores')}</WayOn>
        </Alert>
      ) : null}
      {riasecParam !== null && !fromLink ? (
        <Alert tone="error" role="alert">
          <p>{t('badRiasec')}</p>
          <WayOn field={FIELD.scores}>{t('wayOn.scores')}</WayOn>
        </Alert>
      ) : null}
      {codeError ? (
        <Alert tone="error" role="alert">
          <p>
            {t('codeError.lead')} {t(`codeError.${codeError}`)} {t('codeError.retry')}
          </p>
          <WayOn field={FIELD.code}>{t('wayOn.code')}</WayOn>
        </Alert>
      ) : null}
      {codeAndScoresDiffer ? (
        <Alert tone="warning" role="alert">
          <p>{t('codeAndScores')}</p>
          <WayOn field={FIELD.scores}>{t('wayOn.scores')}</WayOn>
        </Alert>
      ) : null}
      {levelUsed && level.conflict ? (
        <Alert tone="warning" role="alert">
          <p>{t('conflict.level')}</p>
          <WayOn field={FIELD.level}>{t('wayOn.level')}</WayOn>
        </Alert>
      ) : null}
      {badLevel ? (
        <Alert tone="warning" role="alert">
          <p>{t('badLevel')}</p>
          <WayOn field={FIELD.level}>{t('wayOn.level')}</WayOn>
        </Alert>
      ) : null}

      {source.kind === 'none' ? (
        <Card as="section" aria-labelledby="results-none">
          <h2 id="results-none">{t('none.heading')}</h2>
          <p>{t('none.body')}</p>
          <LinkButton to={paths.quiz.href()}>
            {mode && answered > 0
              ? t('none.continue', { answered, total: ITEM_COUNT[mode] })
              : t('none.start')}
          </LinkButton>
        </Card>
      ) : (
        <>
          <p className="muted">
            {source.kind === 'answers' ? t(`source.${source.mode}`) : t('source.riasec')}
          </p>
          {source.kind === 'answers' && mode === 'full' && source.mode === 'quick' ? (
            <Alert tone="info" role="note">
              <p>{t('source.inProgress', { answered, total: ITEM_COUNT.full })}</p>
              <LinkButton to={paths.quiz.href()} variant="secondary">
                {t('source.continue')}
              </LinkButton>
            </Alert>
          ) : null}
          <ResultsReport
            profile={source.profile}
            schoolLevel={source.schoolLevel}
            source={scoreSource}
            featuredSectorIds={embed?.sectors}
            onSectorsShown={embed?.shareResult ? reportShown : undefined}
          />
          <Card as="section" aria-labelledby="results-next">
            <h2 id="results-next">{t('next.heading')}</h2>
            {applicationsPerSeat ? (
              <p>
                {t('next.competition', {
                  season: `\u2066${season.season.replace('-', '–')}\u2069`,
                  count: applicationsPerSeat.value,
                })}
              </p>
            ) : null}
            <ul className="next-steps no-print">
              <li>
                <LinkButton
                  variant="secondary"
                  to={
                    town
                      ? `${paths.centers.href()}?town=${encodeUrlText(savedTown?.id ?? town)}`
                      : paths.centers.href()
                  }
                >
                  {savedTown && source.kind === 'answers'
                    ? t('next.centerTown', { town: savedTown.name[lang] })
                    : t('next.center')}
                </LinkButton>
              </li>
              <li>
                <Button variant="secondary" onClick={() => window.print()}>
                  {t('next.print')}
                </Button>
              </li>
              <li>
                <OfficialPortalLink>{t('next.portal')}</OfficialPortalLink>
              </li>
            </ul>
          </Card>
          {shareCode ? (
            <Card as="section" aria-labelledby="results-share">
              <h2 id="results-share">{t('share.heading')}</h2>
              <SharePanel code={shareCode} />
            </Card>
          ) : null}
          <p className="muted results__closing">{t('disclaimer')}</p>
        </>
      )}

      <Card as="section" aria-labelledby="results-code" className="no-print">
        <h2 id="results-code">{t('share.retypeHeading')}</h2>
        <CodeForm
          key={codeParam ?? ''}
          id={FIELD.code}
          // A code that cannot be read is given back to mend, unless it is too long to be one.
          initial={codeError && codeParam && codeParam.length <= CODE_FIELD_MAX ? codeParam : ''}
          check={(typed) => {
            const problem = problemOf(decodeCode(typed));
            return problem
              ? `${t('codeError.lead')} ${t(`codeError.${problem}`)} ${t('codeError.retryHere')}`
              : null;
          }}
          onCode={(typed) => {
            openWith({ code: typed.trim(), riasec: null, level: null });
            // The new results are at the top of the page, far above this form.
            const opened = decodeCode(typed);
            reveal(
              opened.ok
                ? t('shown.code', { code: formatShareCode(encodeShareCode(opened.result)) })
                : undefined,
            );
          }}
        />
      </Card>

      <Card as="section" aria-labelledby="results-paper" className="no-print">
        <h2 id="results-paper">{t('paper.heading')}</h2>
        <PaperScoresForm
          key={riasecParam ?? ''}
          id={PAPER_FORM}
          initial={
            source.kind === 'riasec'
              ? { scores: source.profile, schoolLevel: source.schoolLevel }
              : null
          }
          onScores={({ scores, schoolLevel }) => {
            openWith({ riasec: formatRiasecList(scores), level: schoolLevel, code: null });
            reveal(t('shown.scores'));
          }}
        />
      </Card>
    </div>
  );
}
