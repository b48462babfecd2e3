import type { Metadata } from "next";
import Link from "next/link";
import { AcceptCodeForm } from "@/components/mentors/accept-invitation";
import { buttonClass } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Enter an invitation code" };

export default async function InviteCodePage() {
  const user = await getCurrentUser();
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Become someone&apos;s mentor</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Enter the code the candidate gave you. Each code works once and expires after a few days.
      </p>
      {user ? (
        <AcceptCodeForm />
      ) : (
        <div className="flex flex-wrap gap-2">
          <Link href="/sign-in?next=%2Finvite" className={buttonClass("primary")}>
            Sign in to enter a code
          </Link>
          <Link href="/sign-up?next=%2Finvite" className={buttonClass("secondary")}>
            Create an account
          </Link>
        </div>
      )}
    </div>
  );
}
