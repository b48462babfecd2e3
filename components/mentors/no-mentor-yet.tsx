import { AppLink } from "@/components/ui/app-link";

/** Where "Ask for a review" would be, for a candidate with no mentor: plain HTML, nothing to hydrate. */
export function NoMentorYet() {
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400">
      No mentor yet.{" "}
      <AppLink href="/mentors" className="text-indigo-700 underline dark:text-indigo-300">
        Invite one
      </AppLink>{" "}
      to get this reviewed.
    </p>
  );
}
