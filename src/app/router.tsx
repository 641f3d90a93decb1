import { lazy } from 'react';
import { Route, Routes, useParams } from 'react-router';
import { paths } from '@/lib/paths';
import { Layout } from './layout';

// Every screen is its own chunk: the first paint loads only the frame and the screen it shows.
const HomePage = lazy(() => import('@/features/home/home-page'));
const AboutPage = lazy(() => import('@/features/about/about-page'));
const QuizPage = lazy(() => import('@/features/quiz/quiz-page'));
const ResultsPage = lazy(() => import('@/features/results/results-page'));
const ProgramsPage = lazy(() => import('@/features/programs/programs-page'));
const ProgramPage = lazy(() => import('@/features/programs/program-page'));
const CentersPage = lazy(() => import('@/features/centers/centers-page'));
const CounselorRoute = lazy(() => import('./pages/counselor'));
const EmbedPage = lazy(() => import('@/features/embed/embed-page'));
const NotFound = lazy(() => import('./pages/not-found'));

/** Program pages are keyed by id so that moving between two programs starts fresh. */
function ProgramRoute() {
  const { id = '' } = useParams();
  return <ProgramPage key={id} id={id} />;
}

/** The route table of the design (public contract: see `src/lib/paths.ts`). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path={paths.quiz.path} element={<QuizPage />} />
        <Route path={paths.results.path} element={<ResultsPage />} />
        <Route path={paths.programs.path} element={<ProgramsPage />} />
        <Route path={paths.program.path} element={<ProgramRoute />} />
        <Route path={paths.centers.path} element={<CentersPage />} />
        <Route path={paths.counselor.path} element={<CounselorRoute />} />
        <Route path={paths.embed.path} element={<EmbedPage />} />
        <Route path={paths.about.path} element={<AboutPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
