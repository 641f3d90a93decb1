/**
 * The route table of the design's public contract. Paths are hash routes (`#/quiz`); other people's
 * pages and counselors' links rely on them, so they never change. Links are built here, not by hand.
 */
export const paths = {
  home: { path: '/', href: () => '/' },
  quiz: {
    path: '/quiz',
    href: (mode?: 'quick' | 'full') => (mode ? `/quiz?mode=${mode}` : '/quiz'),
  },
  results: { path: '/results', href: () => '/results' },
  programs: { path: '/programs', href: () => '/programs' },
  program: {
    path: '/programs/:id',
    href: (id: string) => `/programs/${encodeURIComponent(id)}`,
  },
  centers: { path: '/centers', href: () => '/centers' },
  counselor: { path: '/counselor', href: () => '/counselor' },
  embed: { path: '/embed', href: () => '/embed' },
  about: {
    path: '/about',
    href: (section?: 'privacy') => (section ? `/about?section=${section}` : '/about'),
  },
} as const;

export type PathName = keyof typeof paths;
