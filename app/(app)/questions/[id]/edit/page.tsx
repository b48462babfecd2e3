import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PersonalQuestionForm } from "@/components/questions/personal-question-form";
import { getQuestion } from "@/lib/questions/get-question";
import { or404, requireUser } from "@/lib/server/page";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Edit question" };

export default async function EditQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const q = await or404(getQuestion(user.id, id));
  if (!q.isOwner || !q.answer) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">Edit question</h1>
      <Card className="mt-6">
        <PersonalQuestionForm initial={{ ...q, ...q.answer }} />
      </Card>
    </div>
  );
}
