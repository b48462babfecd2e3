import type { Metadata } from "next";
import { DeleteInterviewButton, InterviewChecklist } from "@/components/practice/interviews";
import { PageHeader } from "@/components/ui/page-header";
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
      <PageHeader
        back={{ href: "/practice/interviews", label: "Interviews" }}
        title={interview.company}
        actions={<DeleteInterviewButton interviewId={interview.id} />}
      >
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <time dateTime={interview.date}>{interview.date}</time> · {interview.kind === "REAL" ? "Real interview" : "Mock interview"}
        </p>
      </PageHeader>
      <InterviewChecklist interviewId={interview.id} groups={CHECKLISTS} initialChecked={interview.checked} />
    </div>
  );
}
