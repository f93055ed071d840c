"use client";

import { PageLink } from "@/components/page-link";
import { usePathname } from "next/navigation";

/** The two halves of Scipio, each named, so a newcomer sees the network beside the Distribute pool. */
const groups = [
  {
    name: "Distribute",
    links: [
      { href: "/", label: "Overview" },
      { href: "/tokens", label: "Tokens" },
      { href: "/projects", label: "Projects" },
      { href: "/identity", label: "Identity" },
      { href: "/me", label: "My to-dos" },
    ],
  },
  {
    name: "Network",
    links: [
      { href: "/auctions", label: "Auctions" },
      { href: "/bandwidth-tokens", label: "Bandwidth tokens" },
      { href: "/nodes", label: "Nodes" },
      { href: "/operator", label: "Operator" },
      { href: "/sale", label: "SPT sale" },
      { href: "/participants", label: "Participants" },
    ],
  },
  {
    name: "Operations",
    links: [
      { href: "/expenses", label: "Expenses" },
      { href: "/reviews", label: "Reviews" },
      { href: "/consumption", label: "Consumption" },
      { href: "/disputes", label: "Disputes" },
      { href: "/compensation", label: "Compensation" },
      { href: "/billing", label: "Billing" },
    ],
  },
  { name: "Platform", links: [{ href: "/governance", label: "Governance" }] },
] as const;

export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="-mx-1 w-full">
      <ul className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {groups.map((group) => (
          <li key={group.name} className="flex flex-wrap items-center gap-1">
            <span className="px-1 text-xs font-semibold tracking-wide text-stone-600 uppercase" aria-hidden>
              {group.name}
            </span>
            <ul className="flex flex-wrap gap-1" aria-label={group.name}>
              {group.links.map(({ href, label }) => {
                const current = href === "/" ? pathname === "/" : pathname.startsWith(href);
                return (
                  <li key={href}>
                    <PageLink
                      href={href}
                      aria-current={current ? "page" : undefined}
                      className={`block rounded-md px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-teal-700 ${
                        current ? "bg-teal-50 text-teal-900" : "text-stone-600 hover:bg-stone-100 hover:text-stone-900"
                      }`}
                    >
                      {label}
                    </PageLink>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
