import { lazy, type ComponentType } from 'react';
import { matchPath, Route, Routes, useParams } from 'react-router';
import HomePage from '@/features/home/home-page';
import type { Namespace } from '@/lib/i18n/i18n';
import { paths, type PathName } from '@/lib/paths';
import { Layout } from './layout';

interface Screen {
  /** The screen's code; its data files come with it (static imports, preloaded together). */
  load(): Promise<{ default: ComponentType<never> }>;
  /** The namespaces its first paint reads, besides `common`. */
  namespaces: readonly Namespace[];
}

/**
 * Every screen but home is its own chunk, so the first paint loads only the frame and the screen
 * it shows. Home, the screen of most first visits, ships with the entry: one request fewer, and
 * no chunk of its own to wait for.
 */
const screens = {
  quiz: { load: () => import('@/features/quiz/quiz-page'), namespaces: ['quiz'] },
  results: {
    load: () => import('@/features/results/results-page'),
    namespaces: ['results', 'profile', 'catalogue'],
  },
  programs: {
    load: () => import('@/features/programs/programs-page'),
    namespaces: ['programs', 'profile', 'catalogue'],
  },
  program: {
    load: () => import('@/features/programs/program-page'),
    namespaces: ['programs', 'profile', 'catalogue'],
  },
  centers: { load: () => import('@/features/centers/centers-page'), namespaces: ['centers'] },
  counselor: { load: () => import('./pages/counselor'), namespaces: ['counselor'] },
  embed: { load: () => import('@/features/embed/embed-page'), namespaces: ['embed'] },
  about: { load: () => import('@/features/about/about-page'), namespaces: ['about'] },
} as const satisfies Partial<Record<PathName, Screen>>;

const notFound = {
  load: () => import('./pages/not-found'),
  namespaces: ['pages'],
} as const satisfies Screen;
const home = {
  load: () => Promise.resolve({ default: HomePage }),
  namespaces: ['home'],
} as const satisfies Screen;

const QuizPage = lazy(screens.quiz.load);
const ResultsPage = lazy(screens.results.load);
const ProgramsPage = lazy(screens.programs.load);
const ProgramPage = lazy(screens.program.load);
const CentersPage = lazy(screens.centers.load);
const CounselorRoute = lazy(screens.counselor.load);
const EmbedPage = lazy(screens.embed.load);
const AboutPage = lazy(screens.about.load);
const NotFound = lazy(notFound.load);

/** The screen a hash route (`#/programs/x?lang=ar`) shows. */
export function screenOf(hash: string): Screen {
  const pathname = hash.replace(/^#/, '').split('?')[0] || '/';
  if (matchPath(paths.home.path, pathname)) return home;
  for (const [name, screen] of Object.entries(screens)) {
    if (matchPath(paths[name as keyof typeof screens].path, pathname)) return screen;
  }
  return notFound;
}

/**
 * Starts downloading the code of the screen a page opens on (and, through the module preloads
 * of its chunk, the data it imports) at once, before React renders, so that no download waits for
 * another. Returns the namespaces its first paint needs, which i18n loads alongside `common`.
 */
export function preloadScreen(hash: string): readonly Namespace[] {
  const screen = screenOf(hash);
  // A failed download shows later, where the screen renders, through its error boundary.
  screen.load().catch(() => undefined);
  return screen.namespaces;
}

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
