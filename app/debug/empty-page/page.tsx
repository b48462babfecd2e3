// The page benchmark's floor (scripts/bench/dashboard.mjs): a page that does nothing of its own —
// no session, no database, no layout of ours beyond the root one (the CSP nonce, the theme
// script) — so the benchmark can print what any page render costs in this framework beside the
// dashboard's. It exists only when the server runs with PREPLOOP_BENCH=1; otherwise it is a 404.
import { notFound } from "next/navigation";
import { benchRoutesEnabled } from "@/lib/server/env";

export const dynamic = "force-dynamic";

export default function EmptyPage() {
  if (!benchRoutesEnabled()) notFound();
  return <p>Empty page (the benchmark&apos;s floor).</p>;
}
