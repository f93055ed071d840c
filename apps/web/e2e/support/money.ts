import { inflateSync } from "node:zlib";
import { compensationTableAbi } from "@scipio/sdk/abi";
import { CommunityActions } from "@scipio/sdk/community";
import { demoAccounts } from "@scipio/sdk/demo";
import { unixfsCidV1 } from "@scipio/sdk/ipfs";
import { PARTICIPANT_ROLES } from "@scipio/sdk/protocol";
import { entityHashOf } from "@scipio/sdk/schemas";
import { expenseEvidenceDocumentSchema } from "@scipio/sdk/schemas/evidence";
import type { Address } from "viem";
import type { Chain } from "./chain";
import { resolveAccount } from "./injected-wallet";

/*
 * State for the compensation and billing journeys (issue 15, ops-money), set up straight on the chain through
 * the sdk's CommunityActions, as the demo seed does it.
 */

const DAY = 86_400n;
export const euro = (whole: number) => BigInt(whole) * 1_000_000n;
export const ibt = (whole: number) => BigInt(whole) * 10n ** 18n;
const role = (key: string) => PARTICIPANT_ROLES.find((candidate) => candidate.key === key)!;

export const governance = demoAccounts[0]!.address;
export const [ada, bruno, carla, didac, elena, ferran, gemma] = ["Ada", "Bruno", "Carla", "Dídac", "Elena", "Ferran", "Gemma"].map(resolveAccount) as [
  Address,
  Address,
  Address,
  Address,
  Address,
  Address,
  Address,
];

export function communityOf(chain: Chain) {
  return new CommunityActions(chain.rpcUrl, chain.deployment);
}

/** A CID for bytes that need not be on the evidence node (the contracts store only the digest). */
async function cidOf(text: string) {
  return (await unixfsCidV1(new TextEncoder().encode(text))).toString();
}

/**
 * A closable period with a debtor and creditors: Ada and Carla (operators) consumed 6,000 and 4,000 GB; Bruno
 * (an investor, no consumption) declared an 800 € expense that two drawn reviewers validated. So Bruno, the
 * reviewers who earned fees and the platform are owed, and Ada and Carla owe their shares. Earlier periods that
 * nobody closed (a previous test may have moved the clock) are closed first, so this one is next to close.
 */
export async function closablePeriodWithDebtorAndCreditor(chain: Chain) {
  const community = communityOf(chain);
  for (const operator of [ada, carla, ferran]) await community.onboard(governance, operator, role("operator"));
  for (const validator of [didac, elena]) await community.onboard(governance, validator, role("validator"));
  await community.onboard(governance, governance, role("platform"));
  await community.onboard(governance, governance, role("feeder"));
  await community.joinAsInvestor(bruno);
  await community.registerEntity(governance, bruno, "G08765432");
  for (const account of [ada, carla, bruno, didac, elena, ferran]) await community.faucet(account, euro(5_000));

  const period = await community.currentPeriod();
  for (const [operator, gigabytes] of [[ada, 6_000n], [carla, 4_000n]] as const) await community.recordConsumption(governance, operator, period, gigabytes);
  const document = expenseEvidenceDocumentSchema.parse({
    kind: "scipio.expense-evidence",
    version: 1,
    invoiceNumber: `TP-${period}-0001`,
    issuerTaxId: "B17555555",
    invoicedPartyHash: entityHashOf("G08765432"),
    amount: "800.00",
    currency: "EUR",
    date: "2026-11-20",
    fileCid: await cidOf(`Torres i Pals SL\nMast for the Can Pla relay\nTotal: 800.00 EUR (period ${period})\n`),
  });
  const expenseId = await community.declareExpense(bruno, document, await cidOf(JSON.stringify(document)), period);
  const reviewers = (await community.drawReviewers(governance, expenseId)).filter((reviewer) => reviewer !== bruno);
  for (const reviewer of reviewers.slice(0, 2)) await community.reviewExpense(reviewer, expenseId, "validate");

  await chain.mineAt(await community.closableAt(period));
  const table = { address: chain.address("CompensationTable"), abi: compensationTableAbi } as const;
  for (let next = await chain.client.readContract({ ...table, functionName: "nextPeriodToClose" }); next < period; next++) {
    await community.closePeriod(governance, next);
  }
  return { community, period, expenseId, validators: reviewers.slice(0, 2) };
}

/** Reads of the compensation table the journeys compare the page with. */
export function tableReads(chain: Chain) {
  const table = { address: chain.address("CompensationTable"), abi: compensationTableAbi } as const;
  return {
    phase: (period: bigint) => chain.client.readContract({ ...table, functionName: "phaseOf", args: [period] }),
    totals: (period: bigint) => chain.client.readContract({ ...table, functionName: "periodTotals", args: [period] }),
    net: (account: Address, period: bigint) => chain.client.readContract({ ...table, functionName: "netPositionOf", args: [account, period] }),
    position: (account: Address, period: bigint) => chain.client.readContract({ ...table, functionName: "positionOf", args: [account, period] }),
    entry: (account: Address, period: bigint) => chain.client.readContract({ ...table, functionName: "entryOf", args: [account, period] }),
  };
}

/**
 * Ada bills in her own IBT: a tariff of 30 IBT for fibre and 12 for WiFi, Ferran her fibre customer holding
 * 100 IBT, Gemma her WiFi customer holding none.
 */
export async function operatorWithCustomers(chain: Chain) {
  const community = communityOf(chain);
  await community.onboard(governance, ada, role("operator"));
  const now = await chain.now();
  const token = await community.createBandwidthToken(ada, { name: "Sant Esteve home service 2027", symbol: "IBT-SES27", deliveryStart: now, deliveryEnd: now + 365n * DAY });
  await community.setTariff(ada, token, ibt(30), ibt(12));
  await community.registerCustomer(ada, ferran, "fibre");
  await community.registerCustomer(ada, gemma, "wifi");
  await community.mintIbt(ada, token, ferran, ibt(100));
  return { community, token, period: await community.currentPeriod() };
}

/**
 * The text a PDF draws, as pdf-lib writes it: its content streams inflated and their hex strings decoded
 * (standard fonts, WinAnsi). Enough to find the figures in an invoice without a PDF library in the test.
 */
export function pdfText(bytes: Uint8Array): string {
  const source = Buffer.from(bytes).toString("latin1");
  const parts: string[] = [];
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let match = streams.exec(source); match !== null; match = streams.exec(source)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, "latin1")).toString("latin1");
    } catch {
      content = match[1]!;
    }
    const strings = /<([0-9A-Fa-f]*)>\s*Tj|\(((?:\\.|[^\\)])*)\)\s*Tj/g;
    for (let text = strings.exec(content); text !== null; text = strings.exec(content)) {
      parts.push(text[1] !== undefined ? Buffer.from(text[1], "hex").toString("latin1") : text[2]!);
    }
  }
  return parts.join("\n");
}
