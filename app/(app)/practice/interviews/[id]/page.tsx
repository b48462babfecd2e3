import type { Metadata } from "next";
import Link from "next/link";
import { DeleteInterviewButton, InterviewChecklist } from "@/components/practice/interviews";
import { CHECKLISTS } from "@/lib/practice/data/checklists";
import { getInterview } from "@/lib/practice/interviews";
import { or404, requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Interview checklist" };

export default async function InterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const interview = await or404(getInterview(user.id, id));
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
