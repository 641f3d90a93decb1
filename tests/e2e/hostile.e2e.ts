import { describe, expect, it } from 'vitest';
import { useChromium, type AppPage } from './support/app-page';

// Links other people write and storage that browsers corrupt, against the production build served
// with the app's Content Security Policy (docs/deploy.md, docs/security.md). Each must leave a
// usable page: no injected script runs (no dialog opens), the policy blocks nothing (no violation
// event: the app itself needs no exception to it), no console error, no request to another origin.

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const SVG = '"><svg onload=alert(1)>';
const JS_URL = 'javascript:alert(1)';
const enc = encodeURIComponent;

/** The addresses whose value the app refuses: their screen says so in an alert. */
const REFUSED = new Set<string>();
const refused = (address: string) => {
  REFUSED.add(address);
  return address;
};

/**
 * Addresses relative to the app's base: a hash route, or an embed query and its hash route. The
 * raw ones (invalid percent-escapes, control characters, lone surrogates) are sent as they are.
 */
const HOSTILE_URLS: readonly string[] = [
  `#/?lang=${enc(SCRIPT)}`,
  `#/?lang=ar&lang=${enc(IMG)}`,
  refused(`#/quiz?mode=${enc(IMG)}`),
  `#/quiz?mode=quick&page=${enc(SVG)}&step=${enc(SCRIPT)}`,
  `#/quiz?view=paper&mode=${'9'.repeat(20_000)}`,
  refused(`#/results?riasec=${enc(SCRIPT)}`),
  refused(`#/results?riasec=${'9,'.repeat(5_000)}9`),
  refused(`#/results?riasec=1e309,-0,NaN,Infinity,0x10,${enc('٧٠')}`),
  refused(`#/results?riasec=70,20,10,30,40,60&level=${enc(SCRIPT)}`),
  refused(`#/results?code=${enc(IMG)}`),
  refused(`#/results?code=${'A'.repeat(6_000)}`),
  refused(`#/results?code=%ED%A0%80%E0%A4%A`),
  `#/results?code=${enc('\u202e\u0000\u200f')}&riasec=70,20,10,30,40,60`,
  refused(`#/centers?near=${enc(JS_URL)}`),
  refused(`#/centers?near=1e309,-1e309`),
  refused(`#/centers?near=91,181`),
  refused(`#/centers?town=${enc(SCRIPT)}`),
  refused(`#/centers?town=${'x'.repeat(100_000)}`),
  `#/centers?town=%E0%A4%A&near=33.5,-7.6,9`,
  `#/programs?q=${enc(IMG)}&sector=${enc(SCRIPT)}&level=${enc(SVG)}&region=${enc(JS_URL)}`,
  `#/programs?compare=${enc([SCRIPT, IMG, 'x'.repeat(5_000)].join(','))}&view=compare`,
  refused(`#/programs/${enc(SCRIPT)}`),
  refused(`#/programs/${'x'.repeat(10_000)}`),
  refused(`#/programs/%E0%A4%A`),
  refused(`#/programs/a/b/c`),
  `#/about?section=${enc(JS_URL)}`,
  refused(`#/${enc(IMG)}`),
  refused(`#//${'%2F'.repeat(500)}`),
  `#/counselor?${enc(SCRIPT)}=${enc(IMG)}`,
  `#/embed?lang=${enc(SVG)}`,
  `?embed=1&accent=${enc('red;background:url(https://evil.example/x)')}&lang=${enc(SCRIPT)}#/`,
  `?embed=1&host=${enc(JS_URL)}&sectors=${enc(IMG)}&town=${enc(SCRIPT)}&shareResult=${enc(SVG)}#/quiz`,
  `?embed=1&host=${enc('https://evil.example')}&accent=${enc('#zzz')}#/results?riasec=70,20,10,30,40,60`,
];

/** Records Content Security Policy violations before the app runs. */
const WATCH_CSP = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
  });
`;

/** Corrupted or refused storage, set up before the app runs (each with a fresh profile). */
const HOSTILE_STORAGE: Readonly<Record<string, string>> = {
  'truncated answers': `localStorage.setItem('masari:quiz', '{"state":{"mode":"quick","answers":{"r1":');`,
  'markup in the settings': `localStorage.setItem('masari:settings', JSON.stringify({ state: { language: ${JSON.stringify(IMG)}, textSize: ${JSON.stringify(SCRIPT)} }, version: 1 }));`,
  'sessions from a future version': `localStorage.setItem('masari:counselor', JSON.stringify({ state: { sessions: [{ id: ${JSON.stringify(SCRIPT)}, name: ${JSON.stringify(IMG)} }] }, version: 99 }));`,
  'sessions of the wrong shape': `localStorage.setItem('masari:counselor', JSON.stringify({ state: { sessions: ${JSON.stringify(SVG)}, turn: [1, 2] }, version: 1 }));`,
  'null everywhere': `for (const key of ['quiz', 'settings', 'counselor', 'counselor-turn']) localStorage.setItem('masari:' + key, 'null');`,
  'storage blocked': `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });`,
  'storage full': `Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`,
};

/** What a hostile page must never show: any of these fails the test with the list. */
async function harm(app: AppPage, dialogs: string[]) {
  const violations = await app.page.evaluate(
    () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
  );
  return {
    dialogs,
    violations,
    errors: app.errors,
    foreignRequests: app.foreignRequests,
  };
}

const NO_HARM = { dialogs: [], violations: [], errors: [], foreignRequests: [] };

/** Every dialog the page opens (an injected `alert`), dismissed at once. */
function watchDialogs(app: AppPage): string[] {
  const dialogs: string[] = [];
  app.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => undefined);
  });
  return dialogs;
}

/** Loads `address` and waits until the screen it lands on is drawn and quiet. */
async function land(app: AppPage, address: string): Promise<void> {
  await app.page.goto(app.baseUrl + address);
  await app.page.locator('main h1').first().waitFor();
  await app.page.waitForLoadState('networkidle');
}

/** A usable page: a heading, no error screen, and a way to another screen that works. */
async function expectUsable(app: AppPage) {
  const { page } = app;
  expect((await page.locator('main h1').first().innerText()).trim()).not.toBe('');
  expect(await page.locator('.error-screen').count()).toBe(0);
  const embedded = await page.evaluate(() => document.querySelector('.app--embed') !== null);
  if (embedded) return;
  await page.locator('.site-header .brand').click();
  await page.locator('main h1').first().waitFor();
  expect(await page.evaluate(() => window.location.hash)).toBe('#/');
}

describe('hostile links and storage, under the Content Security Policy', () => {
  const { withApp } = useChromium();

  it('runs under the policy: the page carries it and the server sends it', async () => {
    await withApp(async (app) => {
      const response = await app.page.goto(app.baseUrl);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await app.page.locator('main h1').first().waitFor();
      const meta = await app.page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(meta).toContain("default-src 'self'");
      expect(meta).toContain("object-src 'none'");
      // The policy is in force: a script the page tries to inline is refused and reported.
      const ran = await app.page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        const reported = new Promise<string>((resolve) =>
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve(event.violatedDirective),
          ),
        );
        document.head.append(script);
        return {
          ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
          directive: await reported,
        };
      });
      expect(ran).toEqual({ ran: false, directive: 'script-src-elem' });
      app.errors.length = 0;
    });
  });

  it.each(HOSTILE_URLS.map((address) => [address.slice(0, 90), address]))(
    'leaves a usable page, with an alert where the value is refused: %s',
    async (_label, address) => {
      await withApp(
        async (app) => {
          const dialogs = watchDialogs(app);
          await land(app, address);
          if (REFUSED.has(address)) {
            // A translated message, not the bare fallback: the page's language has an alert.
            await app.page.locator('main [role="alert"]').first().waitFor();
          }
          await expectUsable(app);
          expect(await harm(app, dialogs)).toEqual(NO_HARM);
        },
        { initScript: WATCH_CSP },
      );
    },
  );

  it.each(Object.entries(HOSTILE_STORAGE))('keeps working with %s', async (_label, corrupt) => {
    await withApp(
      async (app) => {
        const dialogs = watchDialogs(app);
        for (const route of ['#/', '#/results', '#/counselor', '#/quiz?mode=quick']) {
          await land(app, route);
          expect(await app.page.locator('main h1').first().innerText()).not.toBe('');
          expect(await app.page.locator('.error-screen').count()).toBe(0);
          expect(await harm(app, dialogs)).toEqual(NO_HARM);
        }
        await expectUsable(app);
      },
      { initScript: WATCH_CSP + corrupt },
    );
  });
});
