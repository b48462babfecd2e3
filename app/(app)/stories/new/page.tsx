import type { Metadata } from "next";
import { StoryForm } from "@/components/stories/story-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "New story" };

export default async function NewStoryPage() {
  await requireUser();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader back={{ href: "/stories", label: "Story bank" }} title="Add a story">
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Situation, task, action, result: the result with a number. Only you and mentors you share practice attempts with can
          read it.
        </p>
      </PageHeader>
      <Card>
        <StoryForm
          initial={{ title: "", situation: "", task: "", action: "", result: "", competencies: [], suitsFor: [] }}
        />
      </Card>
    </div>
  );
}
