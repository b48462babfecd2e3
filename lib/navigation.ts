// The signed-in areas that exist. Navigation lists only these.
export const HOME_PATH = "/dashboard";

export const APP_NAV = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/questions", label: "Questions" },
  { href: "/practice", label: "Practice" },
  { href: "/mocks", label: "Mock interview", also: ["/live"] },
  { href: "/stories", label: "Stories" },
  { href: "/assessment", label: "Self-assessment" },
  { href: "/offers", label: "Offers" },
  { href: "/plan", label: "Career plan" },
  { href: "/mentors", label: "Mentoring", also: ["/mentoring", "/notifications"] },
  { href: "/profile", label: "Profile" },
] as const satisfies readonly { href: string; label: string; also?: readonly string[] }[];
