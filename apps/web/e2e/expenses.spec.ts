import { readFileSync } from "node:fs";
import { EXPENSE_STATUSES } from "@scipio/sdk/protocol";
import type { Address } from "viem";
import { expect, test } from "./expenses-fixtures";
import { invoiceFiles, supplierInvoice } from "./support/expense-community";
import { resolveAccount } from "./support/injected-wallet";

const status = (index: number) => EXPENSE_STATUSES[index];
const ZERO = "0x0000000000000000000000000000000000000000";

test.describe("expenses and their review", () => {
  test.setTimeout(180_000);

  test("an operator declares an expense with a real PDF, two drawn reviewers validate it from the evidence page, the third sees it gone", async ({
    page,
    wallet,
    chain,
    community,
    expenses,
    reviews,
  }) => {
    await expenses.goto();
    await expenses.connect(wallet.address);
    await expect(page).toHaveURL(new RegExp(`account=${wallet.address}`, "i"));
    await expect(expenses.form.getByTestId("declare-deposit")).toHaveText("10.00 €");
    await expect(expenses.form.getByTestId("declare-review-fee")).toHaveText("5.00 €");
    await expect(expenses.form.getByTestId("declare-refusals")).toHaveCount(0);

    await expenses.chooseInvoice(invoiceFiles.supplier);
    await expenses.fill(supplierInvoice);
    await expenses.submit();
    await expect(expenses.form.getByTestId("declared-expense")).toContainText("Declared as expense #1", { timeout: 30_000 });
    const declared = await community.expense(1n);
    expect(declared.declarer).toBe(community.declarer);
    expect(declared.amount).toBe(1_250_000_000n);
    expect(status(declared.status)).toBe("Pending");

    // The draw reads the next block's hash: once that block exists the page offers it (and again if it deferred).
    const row = expenses.row(1n);
    await expect(row.getByTestId("expense-status")).toHaveText("Pending");
    await expect(row.getByTestId("reviewer-seat")).toHaveCount(3);
    await expect(row.getByRole("button", { name: "Draw the reviewers" })).toBeDisabled();
    for (let attempt = 0; attempt < 6 && (await community.reviewersOf(1n)).some((seat) => seat.reviewer === ZERO); attempt++) {
      const anchor = (await community.expense(1n)).drawAnchor;
      // The draw reads block anchor + 1's hash and is taken from block anchor + 2: two blocks after the declaration.
      await chain.mine(2);
      await row.getByRole("button", { name: "Draw the reviewers" }).click();
      // A draw fills the seats (the anchor clears) or defers to a later block (the anchor moves).
      await expect.poll(async () => (await community.expense(1n)).drawAnchor, { timeout: 20_000 }).not.toBe(anchor);
      await page.reload();
    }
    const drawn = (await community.reviewersOf(1n)).map((seat) => seat.reviewer);
    expect(drawn).not.toContain(ZERO);
    expect(drawn).not.toContain(community.declarer);
    await expect(row.locator('[data-state="pending"]')).toHaveCount(3);

    const [first, second, third] = drawn as [Address, Address, Address];
    for (const reviewer of [first, second]) {
      await wallet.switchAccount(reviewer);
      await reviews.gotoQueue();
      await expect(page).toHaveURL(new RegExp(`account=${reviewer}`, "i"));
      await expect(reviews.queueItem(1n)).toContainText("1,250.00 €");
      await expect(reviews.queueItem(1n).getByTestId("review-deadline")).toContainText("Answer by");
      await reviews.queueItem(1n).getByRole("link", { name: "Expense #1" }).click();
      await expect(reviews.invoice.getByTestId("file-verified")).toBeVisible({ timeout: 20_000 });
      await expect(reviews.invoice.getByTestId("pdf-page")).toHaveCount(1);
      await expect(reviews.invoice.getByTestId("pdf-pages-drawn")).toHaveText("1 page");
      await expect(reviews.metadata.getByTestId("evidence-invoice-number")).toHaveText("F-2026-0042");
      await expect(reviews.metadata.getByTestId("amount-check")).toHaveText("✓ as declared on chain");
      await expect(reviews.metadata.getByTestId("invoice-key-check")).toContainText("✓");
      await expect(reviews.metadata.getByTestId("invoiced-party")).toHaveText("✓ Matches the declarer's registered entity");
      // The declarer is never on the page.
      await expect(page.locator("body")).not.toContainText(new RegExp(community.declarer.slice(2), "i"));
      await reviews.validate();
      await expect(reviews.verdict.getByTestId("no-verdict")).toBeVisible({ timeout: 20_000 });
    }
    expect(status((await community.expense(1n)).status)).toBe("Validated");
    await expect(reviews.verdict.getByTestId("no-verdict")).toHaveText("The expense is Validated: it takes no more verdicts.");

    await wallet.switchAccount(third);
    await reviews.gotoQueue();
    await expect(page).toHaveURL(new RegExp(`account=${third}`, "i"));
    await expect(reviews.queue.getByTestId("review-queue-empty")).toBeVisible();
    await expect(reviews.queueItem(1n)).toHaveCount(0);

    await wallet.switchAccount("Ada");
    await expenses.goto();
    await expect(expenses.row(1n).getByTestId("expense-status")).toHaveText("Validated");
    await expect(expenses.row(1n).locator('[data-state="validate"]')).toHaveCount(2);
  });

  test("a rejection with its reason shows on the declarer's list; an empty reason is refused", async ({ wallet, community, expenses, reviews }) => {
    const { expenseId, drawn } = await community.declaredAndDrawn();
    const [first, second] = drawn as [Address, Address];

    await wallet.switchAccount(first);
    await reviews.gotoEvidence(expenseId);
    await reviews.connect(first);
    await expect(reviews.invoice.getByTestId("file-verified")).toBeVisible({ timeout: 20_000 });
    await reviews.verdict.getByRole("button", { name: "Reject with this reason" }).click();
    await expect(reviews.verdict).toContainText("Say why the expense is rejected");
    expect((await community.reviewersOf(expenseId))[drawn.indexOf(first)]!.verdict).toBe(0);
    await reviews.reject("The invoice names a different project than the one the period paid for.");
    await expect(reviews.verdict.getByTestId("no-verdict")).toHaveText("You have answered: you rejected it.", { timeout: 20_000 });
    await community.reject(second, expenseId, "The splicing was already paid in period 0.");
    expect(status((await community.expense(expenseId)).status)).toBe("Rejected");

    await wallet.switchAccount("Ada");
    await expenses.goto();
    const row = expenses.row(expenseId);
    await expect(row.getByTestId("expense-status")).toHaveText("Rejected");
    await expect(row.getByTestId("rejection-reason")).toHaveCount(2);
    await expect(row.getByTestId("rejection-reasons")).toContainText("The invoice names a different project than the one the period paid for.");
    await expect(row.getByTestId("rejection-reasons")).toContainText("The splicing was already paid in period 0.");
    await expect(row).toContainText("you may dispute the rejection");
  });
});

test.describe("bad input", () => {
  test.setTimeout(120_000);

  test("an oversized file, a disallowed type and metadata that fails the evidence schema are refused before any upload, keeping the form", async ({
    page,
    wallet,
    community,
    expenses,
  }) => {
    const uploads: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/evidence")) uploads.push(request.url());
    });
    await expenses.goto();
    await expenses.connect(wallet.address);
    const fileMessage = expenses.form.getByTestId("invoice-file-message");

    await expenses.chooseInvoice({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(26 * 1024 * 1024, 0x25) });
    await expect(fileMessage).toContainText("evidence files may be at most 25 MiB");
    await expenses.chooseInvoice({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("Fibre splicing, 40 joints") });
    await expect(fileMessage).toHaveText("The file is text/plain; an invoice must be a PDF, PNG, JPEG or WebP file.");
    await expenses.chooseInvoice({ name: "setup.exe", mimeType: "application/x-msdownload", buffer: Buffer.from("MZ") });
    await expect(fileMessage).toContainText("an invoice must be a PDF, PNG, JPEG or WebP file");

    await expenses.chooseInvoice(invoiceFiles.supplier);
    await expenses.fill({ ...supplierInvoice, amount: "1.250,00", currency: "USD", date: "30/11/2026", invoicedPartyTaxId: "G-0876#5432" });
    await expenses.submit();
    await expect(expenses.form).toContainText("Write the amount with digits and at most 6 decimals");
    await expect(expenses.form).toContainText("Use the invoice date as YYYY-MM-DD");
    await expect(expenses.form).toContainText("A tax id has letters and digits only");
    await expect(expenses.field("Amount")).toHaveValue("1.250,00");
    await expect(expenses.field("Invoice date")).toHaveValue("30/11/2026");
    await expect(expenses.field("Invoice number")).toHaveValue("F-2026-0042");

    await expenses.fill({ ...supplierInvoice, currency: "USD" });
    await expenses.submit();
    await expect(expenses.form).toContainText("Expenses are settled in EUR: declare the invoice's amount in EUR");
    await expect(expenses.field("Currency")).toHaveValue("USD");
    expect(uploads).toEqual([]);
    expect(await community.expenseCount()).toBe(0n);
  });

  test("the declarer opening its own expense's evidence page by URL, or an account not drawn, is told why and gets no controls", async ({
    wallet,
    community,
    reviews,
  }) => {
    const { expenseId, drawn } = await community.declaredAndDrawn();

    await reviews.gotoEvidence(expenseId);
    await reviews.connect(wallet.address);
    await expect(reviews.verdict.getByTestId("no-verdict")).toHaveText(
      "You declared this expense. A declarer is never drawn to review its own expense, so you cannot give a verdict on it.",
    );
    await expect(reviews.verdict.getByRole("button")).toHaveCount(0);
    await reviews.gotoQueue();
    await expect(reviews.queue.getByTestId("review-queue-empty")).toBeVisible();

    const notDrawn = community.reviewers.find((reviewer) => !drawn.includes(reviewer))!;
    await wallet.switchAccount(notDrawn);
    await reviews.gotoEvidence(expenseId);
    await expect(reviews.verdict.getByTestId("no-verdict")).toHaveText("You are not one of the three reviewers drawn for this expense: only they give a verdict.");
    await expect(reviews.verdict.getByRole("button")).toHaveCount(0);
    expect((await community.reviewersOf(expenseId)).every((seat) => seat.verdict === 0)).toBe(true);
  });

  test("an invoice file the gateway swaps for another is flagged and withheld; an evidence document that fails its schema is said so", async ({
    page,
    community,
    reviews,
  }) => {
    const { expenseId, fileCid } = await community.declaredAndDrawn();
    const otherCid = await community.upload("other-invoice.pdf", "application/pdf", readFileSync(invoiceFiles.other));

    // The honest gateway's answer is verified and drawn…
    await reviews.gotoEvidence(expenseId);
    await expect(reviews.invoice.getByTestId("file-verified")).toBeVisible({ timeout: 20_000 });
    await expect(reviews.invoice.getByTestId("pdf-page")).toHaveCount(1);

    // …a gateway that answers for the declared file's CID with another real PDF's blocks is caught, and nothing is shown.
    await page.route(`**/ipfs/${fileCid}**`, async (route) => {
      const url = new URL(route.request().url());
      const forged = await route.fetch({ url: `${url.origin}/ipfs/${otherCid}${url.search}` });
      await route.fulfill({ response: forged });
    });
    await page.reload();
    await expect(reviews.invoice.getByTestId("file-mismatch")).toContainText("does not match the invoice file's CID", { timeout: 20_000 });
    await expect(reviews.invoice.getByTestId("pdf-page")).toHaveCount(0);
    await expect(reviews.invoice.getByRole("link", { name: "Download the verified file" })).toHaveCount(0);
    await expect(reviews.metadata.getByTestId("evidence-invoice-number")).toHaveText("F-2026-0042");
    await page.unrouteAll();

    // An expense whose evidence CID holds a document that is not expense evidence: the page says so and shows no file.
    const notEvidence = await community.upload("notes.json", "application/json", JSON.stringify({ kind: "scipio.expense-evidence", version: 1, invoiceNumber: "" }));
    await community.actions.faucet(resolveAccount("Ada"), 10_000_000n);
    const { document } = await community.evidenceFor(fileCid, { invoiceNumber: "F-2026-0043" });
    const badId = await community.actions.declareExpense(community.declarer, document, notEvidence);
    await reviews.gotoEvidence(badId);
    await expect(reviews.metadata.getByTestId("document-invalid")).toContainText("is not a valid expense evidence document", { timeout: 20_000 });
    await expect(reviews.invoice.getByTestId("pdf-page")).toHaveCount(0);
  });
});
