import type { Source } from '@/data/schemas';
import type { Lang } from '@/lib/i18n/languages';
import { ExternalLink } from './ui/external-link';

/** A source's title in `lang`: a link to it (in a new tab) when the data has its address. */
export function SourceTitle({ source, lang }: { source: Source; lang: Lang }) {
  const title = source.title[lang];
  return source.url ? <ExternalLink href={source.url}>{title}</ExternalLink> : <>{title}</>;
}
