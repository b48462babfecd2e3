import { type ReactNode } from "react";
import { Card } from "@/components/ui/card";

export function Section({
  title,
  id,
  children,
  actions,
}: {
  title: string;
  id: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Card
      as="section"
      pad="md"
      aria-labelledby={id}
      className="print:break-inside-avoid print:border-0 print:border-slate-300 print:p-0"
    >
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </Card>
  );
}
