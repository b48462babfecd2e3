import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/accounts/forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold">Forgot your password?</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
        Enter your account’s email and we will send you a link to choose a new one. The link works once, within 30
        minutes.
      </p>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm text-slate-600 dark:text-slate-400">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          Sign in
        </Link>
      </p>
    </div>
  );
}
