import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeUrlText } from '@/lib/url-text';
import { ExternalLink } from './ui/external-link';

/** The official portal's address: the current offer, its training institutions, pre-registration. */
export const OFFICIAL_PORTAL = 'https://www.myway.ac.ma/';

/** The portal's address as texts name it (`myway.ac.ma`). */
const PORTAL_ADDRESS = new URL(OFFICIAL_PORTAL).hostname.replace(/^www\./, '');

/** The portal's search of the training institutions of a town, by its French name. */
function institutionsSearch(town: string): string {
  return `${OFFICIAL_PORTAL}etablissements?search=${encodeUrlText(town)}`;
}

/**
 * `text` with each mention of the portal's address isolated left-to-right: in an Arabic sentence
 * the address's dots would otherwise be placed by the sentence's direction.
 */
function withAddressLeftToRight(text: string): ReactNode[] {
  return text.split(PORTAL_ADDRESS).flatMap((part, index) => [
    ...(index === 0
      ? []
      : [
          <bdi key={index} dir="ltr">
            {PORTAL_ADDRESS}
          </bdi>,
        ]),
    ...(part ? [part] : []),
  ]);
}

export interface OfficialPortalLinkProps {
  /** The link's words; by default the portal's address. */
  children?: string;
  /** A town's French name, as the portal lists it: the link opens its search of that town. */
  institutionsIn?: string;
}

/**
 * The one link to the official portal, wherever the app offers it: it opens in a new tab and says
 * so (`ExternalLink`), and the address, wherever its words show it, reads left to right.
 */
export function OfficialPortalLink({ children, institutionsIn }: OfficialPortalLinkProps) {
  const { t } = useTranslation();
  const href = institutionsIn === undefined ? OFFICIAL_PORTAL : institutionsSearch(institutionsIn);
  return (
    <ExternalLink href={href}>
      {withAddressLeftToRight(children ?? t('officialPortal'))}
    </ExternalLink>
  );
}
