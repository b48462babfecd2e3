import { AppLink } from "@/components/ui/app-link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        This page does not exist, or it belongs to someone else.
      </p>
      <AppLink href="/" className="mt-6 inline-block text-indigo-700 underline dark:text-indigo-300">
        Go to PrepLoop
      </AppLink>
    </main>
  );
}
