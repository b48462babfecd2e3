import { describe, expect, it } from "vitest";
import { systemThemeScript, themeCookie, themeFromCookie } from "@/components/layout/theme";

describe("the theme cookie", () => {
  it("reads only the two saved choices; anything else follows the system", () => {
    expect(themeFromCookie("dark")).toBe("dark");
    expect(themeFromCookie("light")).toBe("light");
    for (const v of [undefined, "", "Dark", "system", "dark;"]) expect(themeFromCookie(v)).toBeNull();
  });

  it("is written for the whole site for a year, not sent cross-site", () => {
    expect(themeCookie("dark")).toBe("theme=dark; Path=/; Max-Age=31536000; SameSite=Lax");
    expect(themeCookie("light")).toBe("theme=light; Path=/; Max-Age=31536000; SameSite=Lax");
  });

  it("the script for visitors without a choice asks the system only (no localStorage)", () => {
    expect(systemThemeScript).toContain('matchMedia("(prefers-color-scheme: dark)")');
    expect(systemThemeScript).not.toContain("localStorage");
  });
});
