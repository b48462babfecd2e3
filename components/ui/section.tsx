import { clsx } from "clsx";
import { type ComponentProps, type ReactNode } from "react";
import { Card } from "./card";

/** A section named by its h2 (`aria-labelledby` on `id`), without a card around it. */
export function Section({
  id,
  title,
  titleClassName = "text-lg font-semibold",
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  titleClassName?: string;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={titleClassName}>
        {title}
      </h2>
      {children}
    </section>
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
  pad?: ComponentProps<typeof Card>["pad"];
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
