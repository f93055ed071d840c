import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isAddress } from "viem";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { formatChainTime } from "@/components/ui/time";
import { formatAmount } from "@/lib/format";
import { readBandwidthToken } from "@/lib/reads/bandwidth-tokens";
import { MinterIsland } from "./_components/minter-island";

export const metadata: Metadata = { title: "Bandwidth token" };

export default async function BandwidthTokenPage({ params }: { params: Promise<{ address: string }> }) {
  const { address } = await params;
  if (!isAddress(address)) notFound();
  const read = await readBandwidthToken(address);
  if (read.status === "not-found") notFound();
  if (read.status !== "ok") return <ChainUnavailableNotice read={read} contract="bandwidth token factory" />;
  const { token, minters, holders, holderCount, auction } = read;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">
          {token.name} ({token.symbol})
        </h1>
        <p className="text-stone-600">
          Operator <span className="font-mono">{token.operator}</span>. Delivered {formatChainTime(token.deliveryStart)} –{" "}
          {formatChainTime(token.deliveryEnd)}.
        </p>
      </div>
      <section aria-labelledby="supply-heading" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
        <h2 id="supply-heading" className="text-lg font-semibold">
          Supply
        </h2>
        <p className="text-stone-700" data-testid="token-supply">
          {formatAmount(token.totalSupply)} IBT issued
        </p>
      </section>
      <section aria-labelledby="minters-heading" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
        <h2 id="minters-heading" className="text-lg font-semibold">
          Minters
        </h2>
        {minters.length === 0 ? (
          <p className="text-stone-700">Nobody may mint it yet.</p>
        ) : (
          <ul className="space-y-1 text-sm text-stone-700" data-testid="token-minters">
            {minters.map((minter) => (
              <li key={minter} className="font-mono">
                {minter}
                {minter.toLowerCase() === auction.toLowerCase() ? " (the auctions)" : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="holders-heading" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
        <h2 id="holders-heading" className="text-lg font-semibold">
          Holders
        </h2>
        {holders.length === 0 ? (
          <p className="text-stone-700">Nobody holds it yet.</p>
        ) : (
          <table className="w-full text-sm" data-testid="token-holders">
            <caption className="sr-only">Holders of {token.symbol}, largest first</caption>
            <thead>
              <tr className="text-left text-stone-600">
                <th className="py-1 font-medium">Account</th>
                <th className="py-1 text-right font-medium">IBT</th>
              </tr>
            </thead>
            <tbody>
              {holders.map((holder) => (
                <tr key={holder.account} className="border-t border-stone-100">
                  <td className="py-1 font-mono">
                    {holder.account}
                    {holder.account.toLowerCase() === auction.toLowerCase() ? " (the auctions' custody)" : ""}
                  </td>
                  <td className="py-1 text-right tabular-nums">{formatAmount(holder.balance)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {holderCount > holders.length && <p className="text-sm text-stone-600">The {holders.length} largest of {holderCount} holders.</p>}
      </section>
      <MinterIsland token={token.address} operator={token.operator} auctionMints={token.auctionMints} />
    </div>
  );
}
