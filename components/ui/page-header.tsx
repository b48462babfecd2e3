import { AppLink } from "@/components/ui/app-link";
import { type ReactNode } from "react";

/**
 * The top of a page: an optional link back to where it came from (shown as "← label"), the h1
 * with optional actions beside it, and lines under the title. `above` sits between the back link
 * and the title (a mentee's tabs, an eyebrow line).
 */
export function PageHeader({
  title,
  back,
  above,
  actions,
  children,
  className = "mb-6",
}: {
  title: ReactNode;
  back?: { href: string; label: string };
  above?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  /** The block's own spacing (default `mb-6`). */
  className?: string;
}) {
  return (
    <div className={className}>
      {back && (
        <p className="mb-3 text-sm">
          <AppLink href={back.href} className="text-indigo-700 hover:underline dark:text-indigo-300">
            ← {back.label}
          </AppLink>
        </p>
      )}
      {above}
      <div className={actions ? "flex flex-wrap items-start justify-between gap-3" : undefined}>
        <div>
          <h1 className="text-2xl font-bold">{title}</h1>
          {children}
        </div>
        {actions}
      </div>
    </div>
  );
}
