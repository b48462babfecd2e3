import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PersonalQuestionForm } from "@/components/questions/personal-question-form";
import { getQuestion } from "@/lib/questions/get-question";
import { or404, requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Edit question" };

export default async function EditQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const q = await or404(getQuestion(user.id, id));
  if (!q.isOwner || !q.answer) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">Edit question</h1>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
        <PersonalQuestionForm initial={{ ...q, ...q.answer }} />
      </div>
    </div>
  );
}
