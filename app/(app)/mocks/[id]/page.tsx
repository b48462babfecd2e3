import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { MockRunner } from "@/components/mocks/mock-runner";
import { getMockState } from "@/lib/mocks/mocks";
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
        <Link href="/mocks" className="text-indigo-700 hover:underline dark:text-indigo-300">
          ← All mock interviews
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{mock.title}</h1>
      <MockRunner initial={mock} />
    </article>
  );
}
