// The Content-Security-Policy of pages. Scripts run only with this request's nonce
// ('strict-dynamic' lets those scripts load Next's chunks), so an injected inline script
// or <script src> cannot run. See docs/decisions/0013-request-edge-and-csp.md.
export function pageCsp(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    // 'self' is for browsers without 'strict-dynamic' (CSP2); CSP3 browsers ignore it here.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (charts, progress bars) stay allowed: styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
