"use client";

import { PageLink } from "@/components/page-link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/", label: "Overview" },
  { href: "/tokens", label: "Tokens" },
  { href: "/sale", label: "SPT sale" },
  { href: "/participants", label: "Participants" },
  { href: "/projects", label: "Projects" },
  { href: "/identity", label: "Identity" },
  { href: "/governance", label: "Governance" },
  { href: "/me", label: "My to-dos" },
] as const;

export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="-mx-1 w-full">
      <ul className="flex flex-wrap gap-1">
        {links.map(({ href, label }) => {
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
    </nav>
  );
}
