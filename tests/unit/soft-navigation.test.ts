import { describe, expect, it } from "vitest";
import { softNavigationPath } from "@/lib/client/soft-navigation";

const ORIGIN = "http://localhost:3000";
const click = {
  button: 0,
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
};
const anchor = (href: string, attrs: { target?: string; download?: boolean } = {}) => ({
  href: new URL(href, ORIGIN).href,
  target: attrs.target ?? "",
  hasAttribute: (name: string) => name === "download" && attrs.download === true,
});

describe("softNavigationPath", () => {
  it("takes a plain left click on a same-origin link, keeping query and hash", () => {
    expect(softNavigationPath(click, anchor("/questions/q1"), ORIGIN)).toBe("/questions/q1");
    expect(softNavigationPath(click, anchor("/practice/quiz?x=1#top"), ORIGIN)).toBe(
      "/practice/quiz?x=1#top",
    );
    expect(softNavigationPath(click, anchor("/a", { target: "_self" }), ORIGIN)).toBe("/a");
  });

  it("leaves new-tab clicks, other buttons and handled events to the browser", () => {
    for (const key of ["metaKey", "ctrlKey", "shiftKey", "altKey", "defaultPrevented"] as const) {
      expect(softNavigationPath({ ...click, [key]: true }, anchor("/a"), ORIGIN)).toBeNull();
    }
    expect(softNavigationPath({ ...click, button: 1 }, anchor("/a"), ORIGIN)).toBeNull();
  });

  it("leaves targets, downloads and other origins to the browser", () => {
    expect(softNavigationPath(click, anchor("/a", { target: "_blank" }), ORIGIN)).toBeNull();
    expect(softNavigationPath(click, anchor("/a", { download: true }), ORIGIN)).toBeNull();
    expect(softNavigationPath(click, anchor("https://example.com/a"), ORIGIN)).toBeNull();
    expect(softNavigationPath(click, anchor("http://localhost:3001/a"), ORIGIN)).toBeNull();
  });
});
