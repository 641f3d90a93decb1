import type { ComponentType } from 'react';
import { matchPath, Route, Routes, useLocation, useParams } from 'react-router';
import HomePage from '@/features/home/home-page';
import type { Namespace } from '@/lib/i18n/i18n';
import { lazyComponent } from '@/lib/lazy-component';
import { paths, type PathName } from '@/lib/paths';
import { Layout } from './layout';

interface Screen {
  /** The screen's code; its data files come with it (static imports, preloaded together). */
  load(): Promise<unknown>;
  /** The namespaces its first paint reads, besides `common`. */
  namespaces: readonly Namespace[];
}

interface LazyScreen<P extends object> extends Screen {
  /** The screen as a component: rendered at once if its code is in, or suspended until it is. */
  Component: ComponentType<P>;
}

/**
 * A screen loaded on demand. Its code is downloaded once (the page's first screen starts it from
 * the entry, `preloadScreen`); once in, the screen renders in the same pass as the frame around
 * it (`lazyComponent`).
 */
function lazyScreen<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  namespaces: readonly Namespace[],
): LazyScreen<P> {
  const screen = lazyComponent(() => load().then((module) => module.default));
  return { load: screen.load, namespaces, Component: screen.Component };
}

/**
 * Every screen but home is its own chunk, so the first paint loads only the frame and the screen
 * it shows. Home, the screen of most first visits, ships with the entry: one request fewer, and
 * no chunk of its own to wait for.
 */
const screens = {
  quiz: lazyScreen(() => import('@/features/quiz/quiz-page'), ['quiz', 'items']),
  results: lazyScreen(
    () => import('@/features/results/results-page'),
    ['results', 'profile', 'catalogue'],
  ),
  programs: lazyScreen(
    () => import('@/features/programs/programs-page'),
    ['programs', 'profile', 'catalogue'],
  ),
  program: lazyScreen(
    () => import('@/features/programs/program-page'),
    ['programs', 'profile', 'catalogue', 'catalogue-details'],
  ),
  centers: lazyScreen(() => import('@/features/centers/centers-page'), ['centers']),
  counselor: lazyScreen(() => import('./pages/counselor'), ['counselor']),
  embed: lazyScreen(() => import('@/features/embed/embed-page'), ['embed']),
  about: lazyScreen(() => import('@/features/about/about-page'), ['about']),
} as const satisfies Partial<Record<PathName, Screen>>;

const notFound = lazyScreen(() => import('./pages/not-found'), ['pages']);
const home = {
  load: () => Promise.resolve({ default: HomePage }),
  namespaces: ['home'],
} as const satisfies Screen;

const QuizPage = screens.quiz.Component;
const ResultsPage = screens.results.Component;
const ProgramsPage = screens.programs.Component;
const ProgramPage = screens.program.Component;
const CentersPage = screens.centers.Component;
const CounselorRoute = screens.counselor.Component;
const EmbedPage = screens.embed.Component;
const AboutPage = screens.about.Component;
const NotFound = notFound.Component;

/** The screen a hash route (`#/programs/x?lang=ar`) shows. */
export function screenOf(hash: string): Screen {
  const pathname = hash.replace(/^#/, '').split('?')[0] || '/';
  if (pathname === paths.home.path) return home;
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

/**
 * Home answers `#/` only. The router forgives a trailing slash, so `#//` would match the index
 * route too: an address that is not Masari's is said to be so, not shown as the home page.
 */
function HomeRoute() {
  const { pathname } = useLocation();
  return pathname === paths.home.path ? <HomePage /> : <NotFound />;
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
        <Route index element={<HomeRoute />} />
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
