import { type ComponentProps } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { QuestionBadges } from "./question-meta";

/** A question page's top: the link back, the question's title and its badges. */
export function QuestionHeader({
  q,
  back,
}: {
  q: ComponentProps<typeof QuestionBadges>["q"] & { title: string };
  back: { href: string; label: string };
}) {
  return (
    <PageHeader className="" back={back} title={q.title}>
      <div className="mt-3">
        <QuestionBadges q={q} />
      </div>
    </PageHeader>
  );
}
