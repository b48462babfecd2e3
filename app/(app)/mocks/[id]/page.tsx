import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { redirect } from "next/navigation";
import { MockRunner } from "@/components/mocks/mock-runner";
import { getMockState } from "@/lib/mocks/mocks";
import { sttConfig } from "@/lib/speech/stt-config";
import { or404, requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Mock interview" };

export default async function MockPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const mock = await or404(getMockState(user.id, id));
  if (mock.status === "finished") redirect(`/mocks/${id}/report`);
  return (
    <article className="mx-auto max-w-5xl">
      <p className="mb-3 text-sm">
        <AppLink href="/mocks" className="text-indigo-700 hover:underline dark:text-indigo-300">
          ← All mock interviews
        </AppLink>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{mock.title}</h1>
      {mock.relaxations.length > 0 && (
        <section
          aria-labelledby="relaxed-rules"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <h2 id="relaxed-rules" className="font-semibold">
            Some questions repeat recent practice
          </h2>
          <ul className="mt-1 list-disc pl-5">
            {mock.relaxations.map((r) => (
              <li key={r.block}>{r.message}</li>
            ))}
          </ul>
        </section>
      )}
      <MockRunner initial={mock} transcription={sttConfig() !== null} />
    </article>
  );
}
