import { type ReactNode } from "react";

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
