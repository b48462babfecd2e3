import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PersonalQuestionForm } from "@/components/questions/personal-question-form";
import { getQuestion } from "@/lib/questions/get-question";
import { getCurrentUser } from "@/lib/server/auth";
import { HttpError } from "@/lib/server/errors";

export const metadata: Metadata = { title: "Edit question" };

export default async function EditQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=/questions/${id}/edit`);
  const q = await getQuestion(user.id, id).catch((e: unknown) => {
    if (e instanceof HttpError && e.status === 404) notFound();
    throw e;
  });
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
