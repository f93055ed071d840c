import { readFile } from "node:fs/promises";
import { bandwidthTokenAbi, billingAbi } from "@scipio/sdk/abi";
import { serializeInvoiceDocument } from "@scipio/sdk/invoice";
import { digestToCid } from "@scipio/sdk/ipfs";
import { formatEuro } from "../components/operations/money-format";
import { expect, test } from "./fixtures";
import { BillingPage } from "./pages/billing-page";
import { ada, ferran, gemma, ibt, operatorWithCustomers, pdfText } from "./support/money";

test.describe("billing", () => {
  test.describe("a customer with IBT", () => {
    test.use({ walletAccount: "Ferran" });

    test("pays the operator's tariff in IBT, then issues the ended period's invoice, sees it verified against its CID and downloads its PDF", async ({
      page,
      wallet,
      chain,
      shell,
    }) => {
      test.setTimeout(180_000);
      const { token, period, community } = await operatorWithCustomers(chain);
      const billing = new BillingPage(page);
      const read = { address: chain.address("Billing"), abi: billingAbi } as const;
      await billing.goto();
      await shell.connect(wallet.address);
      await expect(billing.customerPanel.getByTestId("customer-tariff")).toHaveText("30 IBT-SES27");
      await expect(billing.customerPanel.getByTestId("customer-balance")).toHaveText("100 IBT-SES27");
      await expect(billing.payAmount).toHaveValue("30");
      await billing.payButton.click();
      // Two transactions (approve, then pay): the page shows the payment once the second is in a block.
      await expect(billing.customerPanel.getByTestId("customer-paid")).toHaveText("30 IBT-SES27", { timeout: 20_000 });

      // The chain has the payment: billing's record of the period and the IBT moved customer → operator.
      const record = await chain.client.readContract({ ...read, functionName: "periodBillingOf", args: [ada, period] });
      expect(record.ibtReceived).toBe(ibt(30));
      expect(record.payments).toBe(1);
      const balance = (account: `0x${string}`) => chain.client.readContract({ address: token, abi: bandwidthTokenAbi, functionName: "balanceOf", args: [account] });
      expect(await balance(ada)).toBe(ibt(30));
      expect(await balance(ferran)).toBe(ibt(70));
      await expect(billing.customerPanel.getByTestId("transaction-confirmed")).toBeVisible();

      // Once the period has ended anyone issues its invoice: the document is rebuilt from the events and stored.
      await chain.mineAt(await community.closableAt(period));
      await billing.gotoInvoice(ada, period);
      await billing.issuePanel.getByRole("button", { name: "Issue the invoice" }).click();
      await expect(billing.invoiceEvent).toBeVisible({ timeout: 20_000 });
      const issued = await chain.client.readContract({ ...read, functionName: "periodBillingOf", args: [ada, period] });
      expect(issued.invoiced).toBe(true);
      const [deployment, maintenance] = await chain.client.readContract({ ...read, functionName: "contributionsOf", args: [ada, period] });
      await expect(billing.invoiceEvent.getByTestId("invoice-ibt")).toHaveText("30 IBT-SES27");
      await expect(billing.invoiceEvent.getByTestId("invoice-customers")).toHaveText("1 fibre, 1 WiFi");
      await expect(billing.invoiceEvent.getByTestId("invoice-deployment")).toHaveText(formatEuro(deployment));
      await expect(billing.invoiceEvent.getByTestId("invoice-maintenance")).toHaveText(formatEuro(maintenance));
      const { cid } = await community.invoiceDocument(ada, period);
      await expect(billing.invoiceEvent.getByTestId("invoice-cid")).toHaveText(cid);
      await expect(billing.invoiceCheck).toHaveAttribute("data-state", "verified", { timeout: 20_000 });
      await expect(page.getByTestId("invoice-line")).toHaveCount(2);

      // The PDF: a real PDF with the invoice's figures and its document CID.
      const downloading = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download the invoice (PDF)" }).click();
      const download = await downloading;
      const bytes = await readFile((await download.path())!);
      expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
      const text = pdfText(bytes);
      expect(text).toContain(`Billing period ${period}`);
      expect(text).toContain(`Operator: ${ada}`);
      expect(text).toContain("Received: 30 IBT-SES27 in 1 payment(s)");
      expect(text).toContain("Customers at the period's end: 1 fibre, 1 WiFi");
      expect(text).toContain(`Deployment of infrastructure: ${formatEuro(deployment).replace(",", "")}`);
      expect(text).toContain(`Maintenance: ${formatEuro(maintenance).replace(",", "")}`);
      expect(text).toContain(`Document CID: ${cid}`);
    });
  });

  test.describe("an invoice whose document a gateway swaps", () => {
    test("is flagged as not matching its CID, and its figures and PDF are withheld while the chain's totals stay", async ({ page, chain, baseURL }) => {
      test.setTimeout(180_000);
      const { community, period } = await operatorWithCustomers(chain);
      await community.payOperator(ferran, ada, ibt(30));
      await chain.mineAt(await community.closableAt(period));

      // The honest document (rebuilt from the events) is stored and named on chain; a forged copy that says Ferran
      // paid 3 IBT instead of 30 is stored too, under its own CID.
      const { document, cid } = await community.invoiceDocument(ada, period);
      expect(await upload(baseURL!, serializeInvoiceDocument(document))).toBe(cid);
      const forged = { ...document, lines: document.lines.map((line) => (line.customer.toLowerCase() === ferran.toLowerCase() ? { ...line, paid: ibt(3).toString() } : line)) };
      expect(forged.lines).not.toEqual(document.lines);
      const forgedCid = await upload(baseURL!, serializeInvoiceDocument(forged));
      expect(forgedCid).not.toBe(cid);
      await community.issueInvoice(ada, ada, period, cid);
      const [issued] = await chain.client.getContractEvents({
        address: chain.address("Billing"),
        abi: billingAbi,
        eventName: "InvoiceIssued",
        args: { operator: ada, period },
        fromBlock: BigInt(chain.deployment.deploymentBlock),
        strict: true,
      });
      expect(digestToCid(issued!.args.documentDigest, issued!.args.documentCodec === 1 ? "dag-pb" : "raw")).toBe(cid);
      expect(issued!.args.ibtReceived).toBe(ibt(30));

      // The honest gateway's answer is verified and its figures shown…
      const billing = new BillingPage(page);
      await billing.gotoInvoice(ada, period);
      await expect(billing.invoiceCheck).toHaveAttribute("data-state", "verified", { timeout: 20_000 });
      await expect(page.getByTestId("invoice-line")).toHaveCount(2);
      await expect(page.getByRole("button", { name: "Download the invoice (PDF)" })).toBeVisible();

      // …a gateway that answers for the invoice's CID with the forged document's blocks is caught, and nothing of it is shown.
      await page.route(`**/ipfs/${cid}**`, async (route) => {
        const url = new URL(route.request().url());
        const swapped = await route.fetch({ url: `${url.origin}/ipfs/${forgedCid}${url.search}` });
        await route.fulfill({ response: swapped });
      });
      await page.reload();
      await expect(billing.invoiceCheck).toHaveAttribute("data-state", "tampered", { timeout: 20_000 });
      await expect(billing.invoiceCheck).toContainText("The document the gateway serves does not match its CID");
      await expect(billing.invoiceCheck).toContainText("figures and the PDF are withheld");
      await expect(page.getByTestId("invoice-lines")).toHaveCount(0);
      await expect(page.getByTestId("invoice-line")).toHaveCount(0);
      await expect(page.getByRole("button", { name: /Download the (customer's )?invoice/ })).toHaveCount(0);
      await expect(billing.invoiceEvent.getByTestId("invoice-cid")).toHaveText(cid);
      await expect(billing.invoiceEvent.getByTestId("invoice-ibt")).toHaveText("30 IBT-SES27");
      await page.unrouteAll();
    });
  });

  test.describe("a customer without IBT", () => {
    test.use({ walletAccount: "Gemma" });

    test("is refused before anything is sent, and keeps the amount typed", async ({ page, wallet, chain, shell }) => {
      const { period } = await operatorWithCustomers(chain);
      const billing = new BillingPage(page);
      await billing.goto();
      await shell.connect(wallet.address);
      await expect(billing.customerPanel.getByTestId("customer-balance")).toHaveText("0 IBT-SES27");
      await expect(billing.payAmount).toHaveValue("12");
      const sent = wallet.requests.filter((method) => method === "eth_sendTransaction").length;
      await billing.payButton.click();
      await expect(billing.customerPanel).toContainText("You hold none of your operator's IBT: get some before paying");
      await expect(billing.payAmount).toHaveValue("12");
      expect(wallet.requests.filter((method) => method === "eth_sendTransaction").length).toBe(sent);
      const record = await chain.client.readContract({ address: chain.address("Billing"), abi: billingAbi, functionName: "periodBillingOf", args: [ada, period] });
      expect(record.payments).toBe(0);
      expect(await chain.client.readContract({ address: chain.address("Billing"), abi: billingAbi, functionName: "customerKindOf", args: [ada, gemma] })).toBe(2);
    });
  });
});

/** Stores bytes on the evidence node through the app's upload route, as the browser does; returns the CID. */
async function upload(baseURL: string, bytes: Uint8Array): Promise<string> {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "application/json" }), "invoice.json");
  const response = await fetch(`${baseURL}/api/evidence`, { method: "POST", body: form });
  const body = (await response.json()) as { cid?: string; error?: string };
  if (!body.cid) throw new Error(`upload refused: ${body.error}`);
  return body.cid;
}
