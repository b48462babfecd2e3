import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { DeleteInterviewButton, InterviewChecklist } from "@/components/practice/interviews";
import { CHECKLISTS } from "@/lib/practice/data/checklists";
import { getInterview } from "@/lib/practice/interviews";
import { getCurrentUser } from "@/lib/server/auth";
import { HttpError } from "@/lib/server/errors";

export const metadata: Metadata = { title: "Interview checklist" };

export default async function InterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=/practice/interviews/${id}`);
  const interview = await getInterview(user.id, id).catch((e: unknown) => {
    if (e instanceof HttpError && e.status === 404) notFound();
    throw e;
  });
  return (
    <div>
      <p className="mb-3 text-sm">
        <Link href="/practice/interviews" className="text-indigo-700 hover:underline dark:text-indigo-300">
          ← Interviews
        </Link>
      </p>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{interview.company}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            <time dateTime={interview.date}>{interview.date}</time> · {interview.kind === "REAL" ? "Real interview" : "Mock interview"}
          </p>
        </div>
        <DeleteInterviewButton interviewId={interview.id} />
      </div>
      <InterviewChecklist interviewId={interview.id} groups={CHECKLISTS} initialChecked={interview.checked} />
    </div>
  );
}
