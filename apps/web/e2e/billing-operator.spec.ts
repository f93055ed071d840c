import { billingAbi } from "@scipio/sdk/abi";
import { CUSTOMER_KIND, PARTICIPANT_ROLES } from "@scipio/sdk/protocol";
import { getAddress } from "viem";
import { expect, test } from "./fixtures";
import { BillingPage } from "./pages/billing-page";
import { ada, communityOf, ferran, governance, ibt } from "./support/money";

const operator = PARTICIPANT_ROLES.find((role) => role.key === "operator")!;

test.describe("billing: the operator's own forms", () => {
  test.use({ walletAccount: "Ada" });

  test("an operator sets its tariff and registers a customer; bad input says what to fix and keeps what was typed", async ({ page, wallet, chain, shell }) => {
    test.setTimeout(120_000);
    const community = communityOf(chain);
    await community.onboard(governance, ada, operator);
    const now = await chain.now();
    const token = await community.createBandwidthToken(ada, { name: "Sant Esteve home service 2027", symbol: "IBT-SES27", deliveryStart: now, deliveryEnd: now + 365n * 86_400n });
    const read = { address: chain.address("Billing"), abi: billingAbi } as const;
    const billing = new BillingPage(page);
    await billing.goto();
    await shell.connect(wallet.address);

    const tariff = page.getByTestId("operator-tariff");
    await expect(tariff.getByTestId("operator-tariff-now")).toContainText("You have no tariff yet");
    await expect(page.getByTestId("operator-register-customer")).toHaveCount(0);
    await tariff.getByLabel("Fibre, per period").fill("thirty");
    await tariff.getByRole("button", { name: "Set the tariff" }).click();
    await expect(tariff).toContainText("Use digits and at most 18 decimals, e.g. 30");
    await expect(tariff).toContainText("Enter the IBT due per period (0 if this kind pays nothing)");
    await expect(tariff.getByLabel("Fibre, per period")).toHaveValue("thirty");
    expect((await chain.client.readContract({ ...read, functionName: "tariffOf", args: [ada] })).fibre).toBe(0n);

    await tariff.getByLabel("Fibre, per period").fill("30");
    await tariff.getByLabel("WiFi, per period").fill("12.5");
    await expect(tariff).not.toContainText("Use digits and at most 18 decimals");
    await tariff.getByRole("button", { name: "Set the tariff" }).click();
    await expect(tariff.getByTestId("transaction-confirmed")).toHaveText("Tariff set.", { timeout: 20_000 });
    // The form keeps the tariff just set (it is the one in force now).
    await expect(tariff.getByLabel("Fibre, per period")).toHaveValue("30");
    const set = await chain.client.readContract({ ...read, functionName: "tariffOf", args: [ada] });
    expect(set).toEqual({ token: getAddress(token), fibre: ibt(30), wifi: ibt(12) + ibt(1) / 2n });

    await page.reload();
    await expect(tariff.getByTestId("operator-tariff-now")).toContainText("Now: fibre 30 IBT-SES27 and WiFi 12.5 IBT-SES27 per period.");
    const register = page.getByTestId("operator-register-customer");
    await register.getByLabel("Customer account").fill(ada);
    await register.getByLabel("Connection").selectOption("wifi");
    await register.getByRole("button", { name: "Register" }).click();
    await expect(register).toContainText("You cannot be your own customer");
    await register.getByLabel("Customer account").fill("0x12");
    await expect(register).toContainText("Enter the customer's 0x address of 40 hex characters");
    await expect(register.getByLabel("Connection")).toHaveValue("wifi");

    await register.getByLabel("Customer account").fill(ferran);
    await register.getByRole("button", { name: "Register" }).click();
    await expect(register.getByTestId("transaction-confirmed")).toHaveText("Registered: the customer can pay you now.", { timeout: 20_000 });
    expect(await chain.client.readContract({ ...read, functionName: "customerKindOf", args: [ada, ferran] })).toBe(CUSTOMER_KIND.wifi);
    // Ready for the next customer: the account is emptied, the connection kept, and no problem shows.
    await expect(register.getByLabel("Customer account")).toHaveValue("");
    await expect(register.getByLabel("Connection")).toHaveValue("wifi");
    await expect(register).not.toContainText("Enter the customer's 0x address");
  });
});
