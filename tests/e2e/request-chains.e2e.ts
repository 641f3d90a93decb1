import { describe, expect, it } from 'vitest';
import { useChromium } from './support/app-page';

const { withApp } = useChromium();

/**
 * Every screen, with the most scripts and stylesheets its first paint may take: today’s count,
 * the service worker's two included (they start once the page has loaded, which on this fast
 * local server may come before the screen's heading). Before small shared modules were gathered
 * into one chunk (`scripts/vite/shared-chunks.ts`), the results screen took 37.
 */
const SCREENS = {
  '/': 9,
  '/quiz': 17,
  '/results?riasec=70,20,10,30,40,60': 28,
  '/programs': 24,
  '/programs/developpement-digital': 24,
  '/centers': 17,
  '/counselor': 24,
  '/about': 15,
} as const;

/** What the browser's protocol says asked for a request (the fields read here). */
interface Initiator {
  type: string;
  url?: string;
  stack?: StackTrace;
}
interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

interface Request {
  file: string;
  initiator: Initiator;
  /** A script or a stylesheet. */
  code: boolean;
}

const fileOf = (url: string) => new URL(url).pathname.split('/').pop() ?? url;

/**
 * The files of the script that asked for a request, the awaited callers' included. A module
 * preload that Vite's helper writes into the page carries no script of its own (Chromium names
 * `about:client`): it is judged through the `import()` it comes with, which does.
 */
function askedBy({ initiator }: Request): string[] {
  const files = new Set<string>();
  if (initiator.url && initiator.url.startsWith('http')) files.add(fileOf(initiator.url));
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    for (const frame of stack.callFrames) if (frame.url) files.add(fileOf(frame.url));
  }
  return [...files];
}

/**
 * No request chains on the first paint (docs/benchmarks.md): the page names the entry and its
 * imports, and the entry, as soon as it runs, starts everything the screen needs at once: its
 * code, the code and data that code imports (module preloads), its strings in the language chosen
 * and the dataset's text in that language. No file of the first paint is discovered only once
 * another lazily loaded file has arrived and run: on a slow network each such link in a chain
 * costs a round trip more before the screen paints.
 */
describe('the first paint of every screen', () => {
  for (const [route, maxFiles] of Object.entries(SCREENS)) {
    it(`${route} asks for every file from the page or its entry`, async () => {
      await withApp(async ({ page, goto }) => {
        const requests: Request[] = [];
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.enable');
        cdp.on('Network.requestWillBeSent', ({ request, initiator, type }) => {
          if (!request.url.startsWith('http')) return;
          const code = type === 'Script' || type === 'Stylesheet';
          requests.push({ file: fileOf(request.url), initiator, code });
        });
        await goto(`${route}${route.includes('?') ? '&' : '?'}lang=ar`);
        const firstPaint = [...requests];

        // What the page itself names: the entry, its imports and the stylesheet.
        const fromPage = new Set(
          firstPaint.filter((r) => r.initiator.type === 'parser').map((r) => r.file),
        );
        expect(fromPage.size).toBeGreaterThan(1);
        const chained = firstPaint
          .filter((r) => r.initiator.type === 'script')
          .flatMap((r) => {
            const lazy = askedBy(r).filter((file) => !fromPage.has(file));
            return lazy.length > 0 ? [`${r.file} asked for by ${lazy.join(', ')}`] : [];
          });
        expect(chained).toEqual([]);
        expect(firstPaint.filter((r) => r.code).length).toBeLessThanOrEqual(maxFiles);
      });
    });
  }
});
