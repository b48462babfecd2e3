import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthError } from "@/components/accounts/oauth-error";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { noticeText } from "@/lib/accounts/notices";
import { getCurrentUser } from "@/lib/server/auth";
import { HOME_PATH } from "@/lib/navigation";
import { safeNext } from "@/lib/safe-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const params = await searchParams;
  const next = safeNext(params.next);
  if (await getCurrentUser()) redirect(next);
  const notice = noticeText(params.notice);
  return (
    <div className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">Welcome back to PrepLoop.</p>
      {notice && (
        <div className="mb-4">
          <Alert tone="success">{notice}</Alert>
        </div>
      )}
      <OAuthError code={params.error} />
      <SignInForm next={next} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          Forgot your password?
        </Link>
      </p>
      <p className="mt-6 text-sm text-slate-600 dark:text-slate-400">
        New here?{" "}
        <Link href={next === HOME_PATH ? "/sign-up" : `/sign-up?next=${encodeURIComponent(next)}`} className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          Create an account
        </Link>
      </p>
    </div>
  );
}
