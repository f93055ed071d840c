// The operating side of the demo (issue 12): two closed weekly periods of the compensation table with
// validated and rejected expenses, billing with fibre and WiFi customers and their invoices, a table where one
// debtor settled and one has not and creditors claimed, and an operator's consumption issue in mediation.
//
// Time plan: it runs first, right after the deploy, because its periods count from the deployment (genesis)
// and it must move the clock 21 days to close periods 0 and 1 and end the recording window of period 1. The
// parts after it (SPT sale and auctions, Distribute) set their deadlines from the chain time they find, so they
// keep their own story. Their later time travel only moves the table on: periods 2 and later become Closable
// (nobody closes them), and the mediation's decision deadline may lapse (the resolver can then be replaced).
import type { CommunityActions } from "@scipio/sdk/community";
import { serializeInvoiceDocument } from "@scipio/sdk/invoice";
import { cidToDigest } from "@scipio/sdk/ipfs";
import { DISPUTE_STAGES, DISPUTE_STATUSES, PARTICIPANT_ROLES, type ParticipantRole } from "@scipio/sdk/protocol";
import { expenseEvidenceDocumentSchema, expenseRejectionDocumentSchema } from "@scipio/sdk/schemas/evidence";
import { entityHashOf } from "@scipio/sdk/schemas";
import { PDFDocument, StandardFonts } from "pdf-lib";
import type { Address } from "viem";

const DAY = 24n * 3600n;
const euro = (whole: number) => BigInt(whole) * 1_000_000n;
const ibt = (whole: number) => BigInt(whole) * 10n ** 18n;

export type OperationsCast = {
  governance: Address;
  operators: { ada: Address; carla: Address; ferran: Address };
  validators: [Address, Address];
  /** An investor with a registered entity: declares an expense without consumption, so it is a creditor. */
  investor: Address;
  customers: { fibre: Address; wifi: [Address, Address] };
  resolvers: [Address, Address, Address];
};

export type OperationsSummary = {
  closedPeriods: bigint[];
  mediationDispute: bigint;
  invoices: { operator: Address; period: bigint; cid: string }[];
  unsettledDebtor: Address;
};

export async function seedOperations(
  community: CommunityActions,
  cast: OperationsCast,
  options: { ipfsApiUrl: string; travelTo(timestamp: bigint): Promise<void>; mine(): Promise<void> },
): Promise<OperationsSummary> {
  const { governance, operators, validators, investor, customers, resolvers } = cast;
  const { ada, carla, ferran } = operators;
  const role = (key: ParticipantRole["key"]) => PARTICIPANT_ROLES.find((candidate) => candidate.key === key)!;

  const add = async (content: string | Uint8Array<ArrayBuffer>, type: string, name: string) => {
    const form = new FormData();
    form.append("file", new Blob([content], { type }), name);
    const response = await fetch(`${options.ipfsApiUrl}/api/v0/add?cid-version=1`, { method: "POST", body: form });
    if (!response.ok) throw new Error(`evidence node refused the upload: ${await response.text()}`);
    return ((await response.json()) as { Hash: string }).Hash;
  };
  const addJson = (document: unknown) => add(JSON.stringify(document, null, 2), "application/json", "document.json");

  // Roles: the platform admin onboards the operators, validators, itself as Platform (it registers entities)
  // and as the consumption feeder; the court gets three resolvers who are party to nothing below.
  for (const operator of [ada, carla, ferran]) await community.onboard(governance, operator, role("operator"));
  for (const validator of validators) await community.onboard(governance, validator, role("validator"));
  await community.onboard(governance, governance, role("platform"));
  await community.onboard(governance, governance, role("feeder"));
  await community.joinAsInvestor(investor);
  await community.registerEntity(governance, investor, "G08765432");
  for (const resolver of resolvers) await community.addResolver(governance, resolver);
  for (const account of [ada, carla, ferran, investor, ...validators]) await community.faucet(account, euro(5_000));

  // Expenses: an invoice file and its evidence document on the evidence node; the first two drawn reviewers
  // agree (two matching verdicts decide), the third is left unanswered.
  let invoiceNumber = 0;
  const expense = async (
    declarer: Address,
    taxId: string,
    period: bigint,
    item: { issuer: string; issuerTaxId: string; amount: number; text: string },
    verdict: "validate" | "reject",
  ) => {
    const number = `GM-2026-${String(++invoiceNumber).padStart(4, "0")}`;
    const pdf = await supplierInvoicePdf([`${item.issuer} (${item.issuerTaxId})`, `Invoice ${number}`, item.text, `Total: ${item.amount}.00 EUR`]);
    const fileCid = await add(pdf, "application/pdf", `${number}.pdf`);
    const document = expenseEvidenceDocumentSchema.parse({
      kind: "scipio.expense-evidence",
      version: 1,
      invoiceNumber: number,
      issuerTaxId: item.issuerTaxId,
      invoicedPartyHash: entityHashOf(taxId),
      amount: `${item.amount}.00`,
      currency: "EUR",
      date: "2026-11-20",
      fileCid,
    });
    const expenseId = await community.declareExpense(declarer, document, await addJson(document), period);
    const [first, second] = (await community.drawReviewers(governance, expenseId)).filter((reviewer) => reviewer !== declarer);
    for (const reviewer of [first!, second!]) {
      if (verdict === "validate") {
        await community.reviewExpense(reviewer, expenseId, "validate");
      } else {
        const reason = expenseRejectionDocumentSchema.parse({
          kind: "scipio.expense-rejection",
          version: 1,
          expenseId: expenseId.toString(),
          reason: "The invoice is for equipment delivered to a private home, not to a node of the network.",
        });
        await community.reviewExpense(reviewer, expenseId, "reject", cidToDigest(await addJson(reason)));
      }
    }
    return expenseId;
  };

  // Billing: Ada bills in her own bandwidth token; her customers hold IBT to pay with.
  const now = await community.chainTime();
  const token = await community.createBandwidthToken(ada, {
    name: "Sant Esteve home service 2027",
    symbol: "IBT-SES27",
    deliveryStart: now,
    deliveryEnd: now + 365n * DAY,
  });
  await community.setTariff(ada, token, ibt(30), ibt(12));
  await community.registerCustomer(ada, customers.fibre, "fibre");
  for (const wifi of customers.wifi) await community.registerCustomer(ada, wifi, "wifi");
  for (const customer of [customers.fibre, ...customers.wifi]) await community.mintIbt(ada, token, customer, ibt(200));
  const payMonth = async () => {
    await community.payOperator(customers.fibre, ada, ibt(30));
    for (const wifi of customers.wifi) await community.payOperator(wifi, ada, ibt(12));
  };
  const invoices: OperationsSummary["invoices"] = [];
  const invoice = async (period: bigint) => {
    const { document, cid } = await community.invoiceDocument(ada, period);
    const stored = await add(serializeInvoiceDocument(document), "application/json", `invoice-${period}.json`);
    if (stored !== cid) throw new Error(`the evidence node stored invoice ${period} as ${stored}, the sdk computed ${cid}`);
    await community.issueInvoice(governance, ada, period, cid);
    invoices.push({ operator: ada, period, cid });
  };

  // Period 0 (running): payments, four expenses (one rejected), the feeder's consumption records.
  await payMonth();
  await expense(ada, "B65000001", 0n, { issuer: "Ubiquiti reseller Vallès", issuerTaxId: "B17111111", amount: 400, text: "2 × airFiber 5XHD" }, "validate");
  await expense(ada, "B65000001", 0n, { issuer: "Ferreteria Palautordera", issuerTaxId: "B17222222", amount: 250, text: "Garden furniture" }, "reject");
  await expense(carla, "B65000002", 0n, { issuer: "Fibra Montseny SL", issuerTaxId: "B17333333", amount: 1_100, text: "Splicing of 24 fibres, Sant Esteve cabinet" }, "validate");
  await expense(ferran, "B65000003", 0n, { issuer: "Electricitat Turó", issuerTaxId: "B17444444", amount: 300, text: "Supernode electricity, November" }, "validate");
  for (const [operator, gigabytes] of [[ada, 6_000n], [carla, 3_000n], [ferran, 1_000n]] as const) {
    await community.recordConsumption(governance, operator, 0n, gigabytes);
  }

  // Day 9: period 0 in review (operators confirm their consumption), period 1 running.
  const genesis = (await community.closableAt(0n)) - 12n * DAY;
  await options.travelTo(genesis + 9n * DAY + 60n);
  for (const operator of [ada, carla, ferran]) await community.validateConsumption(operator, 0n);
  await payMonth();
  await expense(ada, "B65000001", 1n, { issuer: "Ubiquiti reseller Vallès", issuerTaxId: "B17111111", amount: 300, text: "3 × UniFi U6 Mesh" }, "validate");
  await expense(carla, "B65000002", 1n, { issuer: "Fibra Montseny SL", issuerTaxId: "B17333333", amount: 100, text: "Patch cords and labels" }, "validate");
  await expense(investor, "G08765432", 1n, { issuer: "Torres i Pals SL", issuerTaxId: "B17555555", amount: 800, text: "Mast for the Can Pla relay" }, "validate");
  await expense(carla, "B65000002", 1n, { issuer: "Restaurant Can Riera", issuerTaxId: "B17666666", amount: 90, text: "Team lunch" }, "reject");
  for (const [operator, gigabytes] of [[ada, 5_000n], [carla, 4_000n], [ferran, 2_500n]] as const) {
    await community.recordConsumption(governance, operator, 1n, gigabytes);
  }

  // Day 12: period 0 closes; every position recorded; Ada (the debtor) settles; her invoice of period 0.
  const participants = [ada, carla, ferran, investor, ...validators, governance];
  await options.travelTo(await community.closableAt(0n));
  await community.closePeriod(governance, 0n);
  await community.recordPositions(governance, 0n, participants);
  await community.settle(ada, 0n);
  await invoice(0n);

  // Day 16: period 1 in review. Ferran finds his record too high and raises an issue: conciliation rules for the
  // feeder and Ferran escalates, so it sits in mediation with a resolver assigned. Creditors of period 0 claim.
  await options.travelTo(genesis + 16n * DAY + 60n);
  for (const operator of [ada, carla]) await community.validateConsumption(operator, 1n);
  const issueText = (text: string) => addJson({ kind: "scipio.dispute-evidence", version: 1, text });
  const subjectId = await community.consumptionSubjectId(ferran, 1n);
  const disputeId = await community.openDispute(ferran, "consumption", subjectId, cidToDigest(await issueText("The feeder counted 2,500 GB; our router logs show 1,400 GB for the week.")));
  await options.mine();
  await community.assignResolver(governance, disputeId);
  await community.decideDispute(disputeId, "forRespondent", cidToDigest(await issueText("The feeder's counters match the upstream's; the router logs miss the backhaul traffic.")));
  await community.escalateDispute(ferran, disputeId, cidToDigest(await issueText("The upstream counters include a neighbour's transit; mediation should compare both.")));
  // The feeder is an exempt respondent: escalating assigns mediation's resolver at once, no deposit to wait for.
  const mediation = await community.dispute(disputeId);
  if (DISPUTE_STAGES[mediation.stage] !== "Mediation" || DISPUTE_STATUSES[mediation.status] !== "AwaitingDecision") {
    throw new Error(`dispute #${disputeId} is ${DISPUTE_STATUSES[mediation.status]} in ${DISPUTE_STAGES[mediation.stage]}, not awaiting mediation's decision`);
  }
  for (const creditor of [carla, ferran, ...validators, governance]) {
    if ((await community.netPosition(creditor, 0n)) > 0n) await community.claimCredit(creditor, 0n);
  }

  // Day 19: period 1 closes (Ferran's disputed consumption and expenses stay out of it until the ruling). Ada
  // settles her debt; Carla does not, so she cannot declare or claim until she does. Ada's invoice of period 1.
  await options.travelTo(await community.closableAt(1n));
  await community.closePeriod(governance, 1n);
  await community.recordPositions(governance, 1n, participants);
  await community.settle(ada, 1n);
  await invoice(1n);

  // Day 21: the recording window is over; the creditors of period 1 claim their share of what was paid in.
  const { recordingEndsAt } = await community.periodTotals(1n);
  await options.travelTo(recordingEndsAt);
  for (const creditor of [investor, ...validators, governance]) {
    if ((await community.netPosition(creditor, 1n)) > 0n) await community.claimCredit(creditor, 1n);
  }

  if ((await community.netPosition(carla, 1n)) >= 0n) throw new Error("the demo needs Carla in debt in period 1");
  return { closedPeriods: [0n, 1n], mediationDispute: disputeId, invoices, unsettledDebtor: carla };
}

/**
 * Run last, after every other part's time travel: when mediation's decision deadline has passed by then, the
 * missed resolver is replaced (at no cost, as anyone may), so the demo's dispute waits on a live deadline.
 */
export async function keepMediationLive(community: CommunityActions, disputeId: bigint, account: Address) {
  const { deadline } = await community.dispute(disputeId);
  if ((await community.chainTime()) > deadline) await community.replaceResolver(account, disputeId);
}

/** A one-page supplier invoice, so the evidence pages of the demo draw a real PDF. */
async function supplierInvoicePdf(lines: string[]): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await PDFDocument.create();
  // A fixed date keeps the bytes, and so the CIDs, the same from one seed to the next.
  pdf.setCreationDate(new Date("2026-11-20T00:00:00Z"));
  pdf.setModificationDate(new Date("2026-11-20T00:00:00Z"));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595.28, 841.89]);
  lines.forEach((line, index) => page.drawText(line, { x: 56, y: 780 - index * 22, size: index === 0 ? 16 : 12, font }));
  return (await pdf.save()) as Uint8Array<ArrayBuffer>;
}
