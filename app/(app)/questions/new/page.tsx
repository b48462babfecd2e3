import type { Metadata } from "next";
import { PersonalQuestionForm } from "@/components/questions/personal-question-form";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "New question" };

export default function NewQuestionPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">Add your own question</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
        Personal questions are private: only you see them, next to the bank.
      </p>
      <Card>
        <PersonalQuestionForm
          initial={{
            title: "",
            prompt: "",
            type: "technical",
            focusArea: "ml-algorithms",
            difficulty: "medium",
            allocatedMinutes: 5,
            expectedMinutes: 5,
            keyPoints: [],
            modelAnswer: "",
            discussionPoints: [],
            tags: [],
            companyType: "general",
          }}
        />
      </Card>
    </div>
  );
}
