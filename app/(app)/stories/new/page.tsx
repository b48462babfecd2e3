import type { Metadata } from "next";
import Link from "next/link";
import { StoryForm } from "@/components/stories/story-form";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "New story" };

export default async function NewStoryPage() {
  await requireUser();
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-3 text-sm">
        <Link href="/stories" className="text-indigo-700 hover:underline dark:text-indigo-300">
          ← Story bank
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Add a story</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
        Situation, task, action, result: the result with a number. Only you and mentors you share practice attempts with can read
        it.
      </p>
      <Card>
        <StoryForm
          initial={{ title: "", situation: "", task: "", action: "", result: "", competencies: [], suitsFor: [] }}
        />
      </Card>
    </div>
  );
}
