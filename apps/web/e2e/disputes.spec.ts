import { disputeCourtAbi, expenseLedgerAbi } from "@scipio/sdk/abi";
import { CommunityActions } from "@scipio/sdk/community";
import { demoAccounts } from "@scipio/sdk/demo";
import { cidToDigest, digestToCid } from "@scipio/sdk/ipfs";
import { PARTICIPANT_ROLES } from "@scipio/sdk/protocol";
import { entityHashOf } from "@scipio/sdk/schemas";
import { expenseEvidenceDocumentSchema } from "@scipio/sdk/schemas/evidence";
import { keccak256, toHex, type Address } from "viem";
import { expect, test } from "./fixtures";
import { DisputePage, submitEvidence } from "./pages/disputes-page";
import { ExpensesPage } from "./pages/expenses-page";
import type { Chain } from "./support/chain";
import { resolveAccount } from "./support/injected-wallet";

const governance = demoAccounts[0]!.address;
const [ada, bruno, carla, didac, elena, ferran, gemma] = ["Ada", "Bruno", "Carla", "Dídac", "Elena", "Ferran", "Gemma"].map(resolveAccount) as [
  Address, Address, Address, Address, Address, Address, Address,
];
const role = (key: string) => PARTICIPANT_ROLES.find((candidate) => candidate.key === key)!;
const EXPENSE_STATUSES = ["None", "Pending", "Validated", "Rejected", "Disputed", "Lapsed", "Forfeited", "Dismissed"];
/** A CID for a document the test never needs to read back (the court and the ledger keep only its digest). */
const placeholderCid = (text: string) => digestToCid(keccak256(toHex(text)), "raw");

/**
 * Ada (operator) declares a 250 € expense that two drawn reviewers reject, so it is Rejected and in its dispute
 * window. Reviewers come from the validators Dídac and Elena and the operators Carla and Ferran; the court's pool is
 * Gemma, Ferran and Bruno, party to nothing. `adaEuros` is what Ada holds after paying the expense deposit.
 */
async function rejectedExpense(chain: Chain, { adaEuros }: { adaEuros: bigint }) {
  const community = new CommunityActions(chain.rpcUrl, chain.deployment);
  for (const operator of [ada, carla, ferran]) await community.onboard(governance, operator, role("operator"));
  for (const validator of [didac, elena]) await community.onboard(governance, validator, role("validator"));
  for (const resolver of [gemma, ferran, bruno]) await community.addResolver(governance, resolver);
  const deposit = await chain.client.readContract({ address: chain.address("ExpenseLedger"), abi: expenseLedgerAbi, functionName: "deposit" });
  await community.faucet(ada, deposit + adaEuros);
  const document = expenseEvidenceDocumentSchema.parse({
    kind: "scipio.expense-evidence",
    version: 1,
    invoiceNumber: "FP-2026-0042",
    issuerTaxId: "B17222222",
    invoicedPartyHash: entityHashOf("B65000001"),
    amount: "250.00",
    currency: "EUR",
    date: "2026-11-20",
    fileCid: placeholderCid("invoice FP-2026-0042"),
  });
  const expenseId = await community.declareExpense(ada, document, placeholderCid("evidence FP-2026-0042"));
  const reviewers = (await community.drawReviewers(governance, expenseId)).filter((reviewer) => reviewer !== ada);
  for (const reviewer of reviewers.slice(0, 2)) {
    await community.reviewExpense(reviewer, expenseId, "reject", cidToDigest(placeholderCid("not a node expense")));
  }
  return { community, expenseId };
}

const expenseStatus = async (chain: Chain, expenseId: bigint) =>
  EXPENSE_STATUSES[(await chain.client.readContract({ address: chain.address("ExpenseLedger"), abi: expenseLedgerAbi, functionName: "getExpense", args: [expenseId] })).status];
const court = (chain: Chain) => ({ address: chain.address("DisputeCourt"), abi: disputeCourtAbi }) as const;

test.describe("disputes", () => {
  test.use({ walletAccount: "Ada" });

  test("a rejected expense goes to dispute and the declarer wins it: the expense ends Validated on chain and on the page", async ({ page, wallet, chain }) => {
    test.setTimeout(180_000);
    const { expenseId } = await rejectedExpense(chain, { adaEuros: 100_000_000n });
    expect(await expenseStatus(chain, expenseId)).toBe("Rejected");

    // The declarer starts from its list of expenses: the rejected one offers to contest it, with the subject picked.
    const expenses = new ExpensesPage(page);
    await expenses.goto();
    await expenses.connect(wallet.address);
    const row = expenses.row(expenseId);
    await expect(row.getByTestId("expense-status")).toHaveText("Rejected");
    const contest = row.getByRole("link", { name: "Contest in a dispute" });
    await expect(contest).toHaveAttribute("href", `/disputes?subject=expense:${expenseId}#open-dispute`);
    await contest.click();
    await page.waitForURL(new RegExp(`/disputes\\?subject=expense:${expenseId}`));
    await expect(page.getByRole("heading", { name: "Disputes", level: 1 })).toBeVisible();
    const dispute = new DisputePage(page);
    const form = page.getByTestId("open-dispute");
    await expect(form.getByLabel("What you dispute").locator("option", { hasText: `Rejected expense #${expenseId} of period 0` })).toHaveCount(1);
    await expect(form.getByLabel("What you dispute")).toHaveValue(`expense:${expenseId}`);
    await submitEvidence(form, "The equipment went to the Can Pla relay; the delivery note is attached to the invoice.", "Open the dispute");
    await page.waitForURL(/\/disputes\/1$/);
    await expect(dispute.status).toHaveText("Awaiting its resolver");
    await expect(dispute.recordState).toHaveText("Disputed");
    expect(await expenseStatus(chain, expenseId)).toBe("Disputed");
    const opened = await chain.client.readContract({ ...court(chain), functionName: "getDispute", args: [1n] });
    expect(opened.opener).toBe(ada);
    expect(opened.respondentExempt).toBe(true);
    await expect(page.getByTestId("dispute-respondent")).toHaveText(opened.respondent);

    // Back on its list the expense, now Disputed, links to that dispute rather than offering another.
    await page.goto(`/expenses?account=${ada}`);
    await expect(row.getByTestId("expense-status")).toHaveText("Disputed");
    await expect(row.getByRole("link", { name: "Contest in a dispute" })).toHaveCount(0);
    await expect(row.getByRole("link", { name: "Follow its dispute #1" })).toHaveAttribute("href", "/disputes/1");

    await chain.mine(2);
    await dispute.goto(1n);
    await dispute.progress("dispute-assignResolver", "Draw the resolver", "Awaiting the resolver's decision");
    const resolver = (await chain.client.readContract({ ...court(chain), functionName: "getDispute", args: [1n] })).resolvers[0];
    expect([gemma, ferran, bruno]).toContain(resolver);
    await wallet.switchAccount(resolver);
    await dispute.goto(1n);
    await dispute.decide("For the declarer (A)", "The delivery note shows the relay's address: a network expense.");

    const [, , appealDeadline] = await chain.client.readContract({ ...court(chain), functionName: "deadlinesOf", args: [1n] });
    await chain.mineAt(appealDeadline + 1n);
    await dispute.goto(1n);
    await dispute.progress("dispute-finalize", "Make the ruling final", "Resolved");
    await expect(dispute.finalEffect).toContainText("For the declarer (A)");
    await expect(dispute.finalEffect).toContainText(`Expense #${expenseId} is validated.`);
    await expect(dispute.recordState).toHaveText("Validated");
    expect(await expenseStatus(chain, expenseId)).toBe("Validated");
    await expect(page.getByTestId("dispute-event-decided")).toContainText("The delivery note shows the relay's address");
  });

  test("a dispute without the deposit is refused with a message before anything is sent, and nothing typed is lost", async ({ page, wallet, chain }) => {
    const { community, expenseId } = await rejectedExpense(chain, { adaEuros: 0n });
    await page.goto("/disputes");
    const dispute = new DisputePage(page);
    await dispute.connect(wallet.address);
    const form = page.getByTestId("open-dispute");
    const subject = form.getByLabel("What you dispute");
    await subject.selectOption(`expense:${expenseId}`);
    const statement = "The invoice is for the relay's mast.";
    const requestsBefore = wallet.requests.filter((method) => method === "eth_sendTransaction").length;
    await submitEvidence(form, statement, "Open the dispute");
    await expect(form.getByTestId("dispute-form-problem")).toContainText("The deposit for this stage is 20.00 dEUR and this account holds 0.00 dEUR");
    await expect(form.getByLabel("Your statement")).toHaveValue(statement);
    await expect(subject).toHaveValue(`expense:${expenseId}`);
    expect(wallet.requests.filter((method) => method === "eth_sendTransaction").length).toBe(requestsBefore);
    expect(await chain.client.readContract({ ...court(chain), functionName: "disputeCount" })).toBe(0n);
    expect(await expenseStatus(chain, expenseId)).toBe("Rejected");

    // With the deposit in hand, the same form, untouched, opens the dispute.
    await community.faucet(ada, 20_000_000n);
    await form.getByRole("button", { name: "Open the dispute" }).click();
    await page.waitForURL(/\/disputes\/1$/);
    expect(await expenseStatus(chain, expenseId)).toBe("Disputed");
  });
});
