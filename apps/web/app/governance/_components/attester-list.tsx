import type { Address } from "viem";

export function AttesterList({ attesters }: { attesters: Address[] }) {
  if (attesters.length === 0) return <p className="text-sm text-stone-700">No attester is approved: nobody can register an identity.</p>;
  return (
    <ul className="space-y-1 text-sm" data-testid="attester-list">
      {attesters.map((attester) => (
        <li key={attester} className="font-mono break-all">
          {attester}
        </li>
      ))}
    </ul>
  );
}
