import { PageLink } from "@/components/page-link";
import { chainName, LOCAL_CHAIN_ID } from "@/lib/runtime-config";
import { NavLinks } from "./nav-links";
import { AccountControlsIsland } from "./wallet/islands";

export function SiteHeader({ chainId }: { chainId: number }) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
        <div className="flex items-center gap-3">
          <PageLink href="/" className="text-lg font-bold tracking-tight text-teal-800">
            Scipio
          </PageLink>
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-medium ${
              chainId === LOCAL_CHAIN_ID ? "bg-amber-100 text-amber-900" : "bg-stone-100 text-stone-700"
            }`}
          >
            {chainName(chainId)}
          </span>
        </div>
        <AccountControlsIsland />
        <NavLinks />
      </div>
    </header>
  );
}
