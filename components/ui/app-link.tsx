import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link inside the signed-in app. Every page there is rendered per request, so Next's prefetch of
 * a link in view fetched an empty shell and cost a server render each, on every page load (issue
 * 20: up to ~12 per page at 1280 px). No prefetch; navigation stays client-side. The public pages
 * (static) keep `next/link` and its prefetch. An ESLint rule keeps `next/link` out of the app.
 */
export function AppLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
