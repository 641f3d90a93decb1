import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '@/components/ui/card';
import { LinkButton } from '@/components/ui/link-button';
import { paths } from '@/lib/paths';
import { ITEM_COUNT, useQuizStore } from '@/lib/quiz/quiz-store';
import { usePageTitle } from '@/lib/use-page-title';

/**
 * Typical times of the two forms (quick: 30 items, full: 60 items), at about 10 seconds an item:
 * the same figures the questionnaire's own start screen shows.
 */
const QUICK_MINUTES = 5;
const FULL_MINUTES = 10;

/** "Continue where you stopped": shown when answers are saved on this device. */
function Resume() {
  const { t } = useTranslation('home');
  const mode = useQuizStore((state) => state.mode);
  const step = useQuizStore((state) => state.step);
  const count = useQuizStore((state) => Object.keys(state.answers).length);
  if (!mode || count === 0) return null;
  const total = ITEM_COUNT[mode];
  return (
    <Card as="section" accent aria-labelledby="home-resume">
      <h2 id="home-resume">{t('resume.heading')}</h2>
      <p>
        {t('resume.body', {
          answered: Math.min(count, total),
          total,
          form: t(`resume.forms.${mode}`),
        })}
      </p>
      <div className="actions">
        {step === 'done' ? (
          <LinkButton to={paths.results.href()}>{t('resume.results')}</LinkButton>
        ) : (
          <LinkButton to={paths.quiz.href()}>{t('resume.button')}</LinkButton>
        )}
      </div>
    </Card>
  );
}

export default function HomePage() {
  const { t } = useTranslation('home');
  usePageTitle(null);
  return (
    <div className="stack">
      <section className="hero">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
      </section>

      <Resume />

      <section aria-labelledby="home-start">
        <h2 id="home-start">{t('start.heading')}</h2>
        <ul className="grid">
          <li>
            <LinkButton to={paths.quiz.href('quick')} className="start-choice">
              <span>{t('start.quick')}</span>
              <span className="start-choice__meta">
                {t('start.duration', { count: QUICK_MINUTES })}
              </span>
            </LinkButton>
          </li>
          <li>
            <LinkButton to={paths.quiz.href('full')} variant="secondary" className="start-choice">
              <span>{t('start.full')}</span>
              <span className="start-choice__meta">
                {t('start.duration', { count: FULL_MINUTES })}
              </span>
            </LinkButton>
          </li>
        </ul>
      </section>

      <section aria-labelledby="home-explore">
        <h2 id="home-explore">{t('explore.heading')}</h2>
        <ul className="grid">
          <Card as="li" accent>
            <h3>
              <Link to={paths.programs.href()}>{t('explore.programsTitle')}</Link>
            </h3>
            <p>{t('explore.programsBody')}</p>
          </Card>
          <Card as="li" accent>
            <h3>
              <Link to={paths.centers.href()}>{t('explore.centersTitle')}</Link>
            </h3>
            <p>{t('explore.centersBody')}</p>
          </Card>
        </ul>
      </section>

      <Card as="section" aria-labelledby="home-privacy">
        <h2 id="home-privacy">{t('privacy.heading')}</h2>
        <p>{t('privacy.body')}</p>
      </Card>
    </div>
  );
}
