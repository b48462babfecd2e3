// @ts-check

// Pages get a per-request nonce-based CSP from proxy.ts (lib/csp.ts); API answers are
// JSON, never a document: nothing may load or frame them.
// See docs/decisions/0013-request-edge-and-csp.md.
const apiCsp = "default-src 'none'; frame-ancestors 'none'";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(self), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg"],
  // Builds started by our scripts (npm start, npm test, benchmarks: scripts/lib/build.mjs) skip
  // Next's type-check: `npm test` runs `tsc --noEmit` over the whole project anyway. A plain
  // `next build` still type-checks. See docs/decisions/0022-perf-session-and-start.md.
  typescript: { ignoreBuildErrors: process.env.PREPLOOP_BUILD_SKIP_TYPECHECK === "1" },
  // Turbopack's build cache (on by default in Next 16.4) is written at the end of `next build`
  // for a later rebuild to read; a checkout's first build (scripts/lib/build.mjs sets
  // PREPLOOP_BUILD_CACHE=0: a fresh clone's `npm start`) skips writing it. See decision 0022.
  experimental: {
    turbopackFileSystemCacheForBuild: process.env.PREPLOOP_BUILD_CACHE !== "0",
    // Builds started by our scripts (PREPLOOP_BUILD_LEAN_SERVER=1) neither minify nor source-map
    // the server bundle: minifying it was ~15 % of the build's CPU (Turbopack emits the shared
    // server code once per route group: 25 copies of the Prisma client chunk), and without
    // minification its stack traces read without maps. The browser's JavaScript is minified as
    // always (byte-identical client chunks). A plain `next build` keeps Next's defaults.
    // See docs/decisions/0022-perf-session-and-start.md, "Session 8: fresh start".
    ...(process.env.PREPLOOP_BUILD_LEAN_SERVER === "1" ? { turbopackMinify: { server: false }, serverSourceMaps: false } : {}),
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiCsp }] },
      {
        // HSTS everywhere except plain-HTTP local development hosts.
        source: "/:path*",
        missing: [{ type: "host", value: "(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d+)?" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
};

module.exports = nextConfig;
