import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { MockRunner } from "@/components/mocks/mock-runner";
import { getMockState } from "@/lib/mocks/mocks";
import { getCurrentUser } from "@/lib/server/auth";
import { HttpError } from "@/lib/server/errors";

export const metadata: Metadata = { title: "Mock interview" };

export default async function MockPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=/mocks/${id}`);
  const mock = await getMockState(user.id, id).catch((e: unknown) => {
    if (e instanceof HttpError && e.status === 404) notFound();
    throw e;
  });
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
