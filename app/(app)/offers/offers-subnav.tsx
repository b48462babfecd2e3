import { SubNav } from "@/components/ui/sub-nav";

const LINKS = [
  { href: "/offers", label: "Your offers" },
  { href: "/offers/compare", label: "Compare" },
  { href: "/offers/negotiation", label: "Negotiation" },
];

export function OffersSubnav({ current }: { current: string }) {
  return <SubNav label="Offers" links={LINKS} current={current} />;
}
