import type { Plugin } from 'vite';

/**
 * The Content Security Policy the built app runs under (docs/deploy.md, docs/security.md): every
 * script, style, font, image, request, worker and manifest comes from the app's own origin, images
 * may also be `data:` and `blob:` URLs (the share code's QR code, downloads), and nothing else is
 * allowed: no inline script or style element, no style attribute written as text, no `eval`, no
 * plugin, no `<base>` pointing elsewhere.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
};

/**
 * Which pages may show the app in a frame. Only an HTTP header can say it (a `<meta>` policy
 * ignores `frame-ancestors`). Schools embed the app in their own sites (docs/embedding.md), so the
 * default lets any HTTPS page do so; a host that knows its schools' origins lists them instead.
 */
export const FRAME_ANCESTORS_ANY_SCHOOL = "'self' https:";

/** The policy as one header or `<meta>` value; with `frameAncestors`, for a header only. */
export function contentSecurityPolicy({
  frameAncestors,
}: { frameAncestors?: string } = {}): string {
  const directives = Object.entries(CSP_DIRECTIVES).map(([name, value]) => `${name} ${value}`);
  if (frameAncestors) directives.push(`frame-ancestors ${frameAncestors}`);
  return directives.join('; ');
}

/**
 * Writes the policy into the built `index.html` as a `<meta http-equiv>`, first in `<head>`, so
 * that the app runs under it even on a static host whose headers cannot be set. The development
 * server is left without it: its hot reload injects inline scripts.
 */
export function cspMeta(): Plugin {
  return {
    name: 'masari:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
