import Link from "next/link";

/**
 * `prefetch={false}` in the signed-in navigation: every page there is dynamic, so a prefetch
 * fetched an empty shell, one server render per link in view on every page load (issue 20).
 */
export function Logo({ href = "/", prefetch }: { href?: string; prefetch?: false }) {
  return (
    <Link href={href} prefetch={prefetch} className="flex items-center gap-2 font-semibold tracking-tight">
      <span
        aria-hidden="true"
        className="grid h-7 w-7 place-items-center rounded-md bg-indigo-600 text-xs font-bold text-white"
      >
        PL
      </span>
      <span>PrepLoop</span>
    </Link>
  );
}
