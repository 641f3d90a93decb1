// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  cspMeta,
  FRAME_ANCESTORS_ANY_SCHOOL,
} from '../../../scripts/vite/csp';

/** The policy the app must run under, directive by directive. */
const REQUIRED = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
];

describe('the Content Security Policy', () => {
  it('allows the app’s own origin and nothing more', () => {
    expect(contentSecurityPolicy().split('; ')).toEqual(REQUIRED);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-|\*|https?:/);
  });

  it('adds frame-ancestors only when asked, for a header', () => {
    expect(contentSecurityPolicy({ frameAncestors: "'none'" }).split('; ')).toEqual([
      ...REQUIRED,
      "frame-ancestors 'none'",
    ]);
  });

  it('is written first into the built page’s head, without frame-ancestors', () => {
    const plugin = cspMeta();
    expect(plugin.apply).toBe('build');
    const hook = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
    const tags = hook.handler.call({} as never, '<html></html>', {} as never);
    expect(tags).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: REQUIRED.join('; ') },
        injectTo: 'head-prepend',
      },
    ]);
  });

  it('is the one docs/deploy.md gives for every host', () => {
    const doc = readFileSync('docs/deploy.md', 'utf8');
    const header = contentSecurityPolicy({ frameAncestors: FRAME_ANCESTORS_ANY_SCHOOL });
    const given = [...doc.matchAll(/default-src[^"\n]*/g)].map(([policy]) => policy);
    // The policy section, _headers, vercel.json, nginx (twice) and .htaccess.
    expect(given).toHaveLength(6);
    for (const policy of given) expect(policy).toBe(header);
  });
});
