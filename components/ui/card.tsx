import { clsx } from "clsx";
import { type HTMLAttributes, type ReactNode } from "react";

const pads = { sm: "p-4", md: "p-5", lg: "p-6" } as const;

/** The one bordered card (light and dark), with a padding step instead of a copied class string. */
export function Card({
  pad = "lg",
  as: Tag = "div",
  className,
  ...props
}: HTMLAttributes<HTMLElement> & { pad?: keyof typeof pads; as?: "div" | "section" | "article" | "li" | "details" }) {
  return (
    <Tag
      className={clsx(
        "rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900",
        pads[pad],
        className,
      )}
      {...props}
    />
  );
}

const gaps = { 0: "", 1: "mb-1", 2: "mb-2", 3: "mb-3", 4: "mb-4" } as const;

/**
 * A card that is a section named by its h2 (`aria-labelledby` on `id`): the block most pages
 * repeat. `gap` is the space under the heading.
 */
export function CardSection({
  id,
  title,
  gap = 3,
  pad,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  gap?: keyof typeof gaps;
  pad?: keyof typeof pads;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <Card as="section" aria-labelledby={id} pad={pad} className={className}>
      <h2 id={id} className={clsx(gaps[gap], "text-lg font-semibold")}>
        {title}
      </h2>
      {children}
    </Card>
  );
}
