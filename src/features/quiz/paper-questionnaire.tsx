import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { LinkButton } from '@/components/ui/link-button';
import { RIASEC_TYPES } from '@/domain/riasec';
import { RATINGS } from '@/domain/scoring';
import { useItemText } from '@/lib/i18n/use-catalogue-text';
import { paths } from '@/lib/paths';
import { usePageTitle } from '@/lib/use-page-title';
import '@/styles/print.css';
import { itemsFor } from './quiz-items';

/**
 * The full questionnaire on paper, for a class without devices: every item with the five points
 * to circle, then a grid to add up each letter's points and turn the sum into a 0–100 score, the
 * same score the app computes. The scores are then typed into the results page.
 */
export function PaperQuestionnaire() {
  const { t } = useTranslation('quiz');
  const { t: tc } = useTranslation('profile');
  const lang = useItemText();
  usePageTitle(t('paper.title'));
  const items = itemsFor('full');
  const numberOf = new Map(items.map((item, index) => [item.id, index + 1]));

  return (
    <div className="paper stack">
      <h1>{t('paper.title')}</h1>
      <p>{t('paper.lead')}</p>
      <div className="actions no-print">
        <Button onClick={() => window.print()}>{t('paper.print')}</Button>
        <LinkButton to={paths.quiz.href()} variant="secondary">
          {t('paper.back')}
        </LinkButton>
      </div>
      <table className="paper__items">
        <thead>
          <tr>
            <th scope="col">{t('paper.number')}</th>
            <th scope="col">{t('paper.activity')}</th>
            <th scope="col">{t('paper.answer')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={item.id}>
              <td>{index + 1}</td>
              <td>{item.text[lang]}</td>
              <td className="paper__points" dir="ltr">
                {RATINGS.map((point) => (
                  <span key={point} className="paper__point">
                    {point}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('paper.gridTitle')}</h2>
      <p>{t('paper.gridLead')}</p>
      <table className="paper__grid">
        <thead>
          <tr>
            <th scope="col">{t('paper.letter')}</th>
            <th scope="col">{t('paper.items')}</th>
            <th scope="col">{t('paper.sum')}</th>
            <th scope="col">{t('paper.score')}</th>
          </tr>
        </thead>
        <tbody>
          {RIASEC_TYPES.map((type) => (
            <tr key={type}>
              <th scope="row">
                {type} — {tc(`riasec.${type}`)}
              </th>
              <td>
                {items
                  .filter((item) => item.type === type)
                  .map((item) => numberOf.get(item.id))
                  .join(', ')}
              </td>
              <td className="paper__blank" />
              <td className="paper__blank" />
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('paper.enter')}</p>
    </div>
  );
}
