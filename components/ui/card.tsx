import { clsx } from "clsx";
import { type HTMLAttributes } from "react";

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
