// Response headers that keep untrusted article text inert in the browser, and the bearer check.
import { createHash, timingSafeEqual } from 'node:crypto';

/** The CSP of every response. No inline scripts or styles: the app is one bundled script and
 *  one stylesheet. Tiles, when configured, add their origin to img-src only. */
export function contentSecurityPolicy(tileUrl: string | null | undefined): string {
  const tileOrigin = tileOrigin_(tileUrl);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    `img-src 'self' data:${tileOrigin ? ` ${tileOrigin}` : ''}`,
    "style-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** `https://{s}.tile.example.org/{z}/{x}/{y}.png` → `https://*.tile.example.org`. */
function tileOrigin_(tileUrl: string | null | undefined): string | null {
  if (!tileUrl) return null;
  const m = /^(https?):\/\/([^/]+)/i.exec(tileUrl);
  if (!m) return null;
  const host = m[2]!.replace(/\{s\}/g, '*').replace(/\{[a-z]+\}/gi, '*');
  return `${m[1]!.toLowerCase()}://${host}`;
}

export function securityHeaders(tileUrl: string | null | undefined): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(tileUrl),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  };
}

/** Constant-time token comparison: hashing first makes both sides the same length, so neither
 *  the content nor the length of the configured token leaks through timing. */
export function tokenMatches(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** `Bearer abc` → `abc`; anything else → null. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1]! : null;
}
