import Link from "next/link";

export function Logo({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="flex items-center gap-2 font-semibold tracking-tight">
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
