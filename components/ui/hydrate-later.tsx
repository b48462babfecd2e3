// A page's content that becomes interactive after the navigation, in small slices. Its markup comes
// with the page as usual (an <Activity> is not a Suspense boundary: nothing is streamed apart, the
// page still arrives whole, with or without scripts); while React hydrates the root it leaves the
// boundary dehydrated, then hydrates it at background priority in chunks that yield to the browser
// (a few ms each) instead of inside one long task. A click or key press on it before then hydrates
// it at once and is replayed, so nothing a user does is lost. Decision 0025, Session 12.
import { Activity, type ReactNode } from "react";

export function HydrateLater({ children }: { children: ReactNode }) {
  return <Activity mode="visible">{children}</Activity>;
}
