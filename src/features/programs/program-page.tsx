import '@/components/ui/chips.css';
import '@/components/ui/forms.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { findProgram } from '@/data/catalogue';
import type { Program } from '@/data/schemas';
import { useCatalogueDetails } from '@/lib/i18n/use-catalogue-text';
import { usePageTitle } from '@/lib/use-page-title';
import { ProgramAdmissionSection } from './program-admission-section';
import { ProgramFactsSection } from './program-facts-section';
import { ProgramFamilySection } from './program-family-section';
import { ProgramHeader } from './program-header';
import { ProgramInterestsSection } from './program-interests-section';
import { ProgramJobsSection } from './program-jobs-section';
import { ProgramNamesSection } from './program-names-section';
import { ProgramNotFound } from './program-not-found';
import { ProgramSkillsSection } from './program-skills-section';
import { ProgramSourcesSection } from './program-sources-section';
import { ProgramStatusSection } from './program-status-section';
import { useProgramText } from './program-text';
import { ProgramWhereSection } from './program-where-section';
import { useBackToList } from './use-back-to-list';
import './programs.css';

/** `#/programs/:id`: everything Masari's data holds about one program. */
export default function ProgramPage({ id }: { id: string }) {
  const program = findProgram(id);
  return program ? <ProgramDetails program={program} /> : <ProgramNotFound id={id} />;
}

function ProgramDetails({ program }: { program: Program }) {
  // First: it asks for every namespace the page needs at once.
  const text = useProgramText();
  // The description and skills: the catalogue's details, which only this page shows.
  useCatalogueDetails();
  const { t } = useTranslation('programs');
  usePageTitle(program.name[text.lang]);
  const back = useBackToList();

  return (
    <article className="stack program" aria-labelledby="program-title">
      <p>
        <Link to={back}>
          <span className="mirror-rtl" aria-hidden="true">
            ←
          </span>{' '}
          {t('program.back')}
        </Link>
      </p>
      <ProgramHeader program={program} text={text} />
      <ProgramStatusSection program={program} text={text} />
      <ProgramFactsSection program={program} text={text} />
      <div className="program__columns">
        <ProgramJobsSection program={program} text={text} />
        <ProgramSkillsSection program={program} text={text} />
      </div>
      <ProgramWhereSection program={program} text={text} />
      <ProgramFamilySection program={program} text={text} />
      <ProgramInterestsSection program={program} text={text} />
      <ProgramNamesSection program={program} />
      <ProgramSourcesSection program={program} text={text} />
      <ProgramAdmissionSection program={program} text={text} />
    </article>
  );
}
