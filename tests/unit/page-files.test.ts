import { describe, expect, it } from "vitest";
import { readSource, sourceFiles } from "@/tests/support/source-files";

// Pages use the helpers of lib/server/page.ts: requireUser() for the signed-in user (it sends
// a signed-out visitor to sign-in and back) and or404() for a lib function's 404.
const SIGN_IN_REDIRECT = /redirect\(\s*(?:["'`]\/sign-in|authPageHref\(\s*["'`]\/sign-in)/;
const INLINE_404 = /status\s*===\s*404\)\s*notFound\(\)/;

const pageFiles = () => sourceFiles("app").filter((f) => /\/(page|layout)\.tsx$/.test(f));

describe("page files", () => {
  it("none repeats the sign-in redirect or the 404 catch", () => {
    const files = pageFiles();
    expect(files.length).toBeGreaterThan(40);
    const redirects = files.filter((f) => SIGN_IN_REDIRECT.test(readSource(f)));
    expect(redirects, "use requireUser() from lib/server/page.ts").toEqual([]);
    const catches = files.filter((f) => INLINE_404.test(readSource(f)));
    expect(catches, "use or404() from lib/server/page.ts").toEqual([]);
  });

  it("the signed-in area's pages take their user from requireUser()", () => {
    const direct = pageFiles().filter(
      (f) => f.startsWith("app/(app)/") && f.endsWith("/page.tsx") && /\bgetCurrentUser\(/.test(readSource(f)),
    );
    expect(direct).toEqual([]);
  });

  it("the patterns match what pages used to inline", () => {
    expect(SIGN_IN_REDIRECT.test('  if (!user) redirect("/sign-in?next=/mocks");')).toBe(true);
    expect(SIGN_IN_REDIRECT.test("  if (!user) redirect(`/sign-in?next=/offers/${id}`);")).toBe(true);
    expect(SIGN_IN_REDIRECT.test('    redirect(authPageHref("/sign-in", path));')).toBe(true);
    expect(SIGN_IN_REDIRECT.test('<Link href="/sign-in?next=%2Finvite">')).toBe(false);
    expect(INLINE_404.test("    if (e instanceof HttpError && e.status === 404) notFound();")).toBe(true);
  });
});
