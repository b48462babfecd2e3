// Client-side navigation from a plain <a>, for long server-drawn lists that should not hydrate one
// Next.js <Link> per row (each is a client component with its own hooks, ref callback and link
// registration). It follows next/link's rule for which clicks it takes: a plain left click on a
// same-origin link without a target or download; anything else (new tab, modifier keys, middle
// click, another origin) is left to the browser.

type ClickLike = {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
};
type AnchorLike = { href: string; target: string; hasAttribute(name: string): boolean };

/** The path to push for this click on this anchor, or null when the browser should handle it. */
export function softNavigationPath(e: ClickLike, a: AnchorLike, origin: string): string | null {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return null;
  if ((a.target && a.target !== "_self") || a.hasAttribute("download")) return null;
  const url = new URL(a.href, origin);
  if (url.origin !== origin) return null;
  return url.pathname + url.search + url.hash;
}

/** An onClick for a plain <a>: navigates client-side with `push` (the App Router's) when it may. */
export function softNavigate(
  e: ClickLike & { currentTarget: AnchorLike; preventDefault(): void },
  push: (path: string) => void,
) {
  const path = softNavigationPath(e, e.currentTarget, window.location.origin);
  if (path === null) return;
  e.preventDefault();
  push(path);
}
