// The signed-in areas that exist. Navigation lists only these.
export const HOME_PATH = "/profile";

export const APP_NAV = [
  { href: "/profile", label: "Profile" },
  { href: "/plan", label: "Career plan" },
] as const;
