// The signed-in areas that exist. Navigation lists only these.
export const HOME_PATH = "/dashboard";

export const APP_NAV = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/questions", label: "Questions" },
  { href: "/practice", label: "Practice" },
  { href: "/mocks", label: "Mock interview" },
  { href: "/assessment", label: "Self-assessment" },
  { href: "/offers", label: "Offers" },
  { href: "/plan", label: "Career plan" },
  { href: "/mentors", label: "Mentoring", also: ["/mentoring", "/notifications"] },
  { href: "/profile", label: "Profile" },
  { href: "/stories", label: "Stories" },
] as const satisfies readonly { href: string; label: string; also?: readonly string[] }[];
