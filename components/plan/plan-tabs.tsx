"use client";

import { usePathname } from "next/navigation";
import { SubNav } from "@/components/ui/sub-nav";

const TABS = [
  { href: "/plan", label: "5-year plan" },
  { href: "/plan/learning", label: "Learning log" },
  { href: "/plan/tracks", label: "Career tracks" },
  { href: "/plan/portfolio", label: "Portfolio" },
] as const;

/** The career plan area's tabs (a client component: the layout does not know the current path). */
export function PlanTabs() {
  return <SubNav label="Career plan" links={TABS} current={usePathname()} className="no-print" />;
}
