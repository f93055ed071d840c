import { platformTokenAbi, platformTokenSaleAbi } from "@scipio/sdk/abi";
import { demoAccounts } from "@scipio/sdk/demo";
import { parseEther } from "viem";
import { expect, test } from "./fixtures";
import { SalePage } from "./pages/sale-page";

test.describe("the SPT sale", () => {
  test("a member buys SPT at the sale's rate, and page and chain agree", async ({ page, wallet, chain }) => {
    const sale = new SalePage(page);
    await sale.goto();
    await sale.connect(wallet.address);
    await sale.amount.fill("2");
    await expect(sale.sptOut).toHaveText("20,000 SPT");

    await sale.buyButton.click();

    await expect(sale.buyPanel.getByTestId("transaction-confirmed")).toBeVisible();
    await expect(sale.amount).toHaveValue("");
    await expect(sale.balance).toHaveText("20,000 SPT");
    await expect(sale.sold()).toHaveAttribute("aria-valuetext", /20,000 of 10,000,000 SPT/);
    const held = await chain.client.readContract({
      address: chain.address("PlatformToken"),
      abi: platformTokenAbi,
      functionName: "balanceOf",
      args: [wallet.address],
    });
    expect(held).toBe(parseEther("20000"));
  });

  test("more ether than the SPT left buys is refused before anything is sent, keeping the amount", async ({ page, wallet }) => {
    const sale = new SalePage(page);
    await sale.goto();
    await sale.connect(wallet.address);
    await sale.amount.fill("1000.5");

    await expect(sale.buyPanel).toContainText("Only 10000000 SPT are left: spend at most 1000 ETH");
    await expect(sale.buyButton).toBeDisabled();
    await expect(sale.amount).toHaveValue("1000.5");
    expect(wallet.requests).not.toContain("eth_sendTransaction");
  });

  test("after the deadline any visitor finalizes the sale, the unsold SPT are burned, and the proceeds reach the treasury", async ({
    page,
    wallet,
    chain,
  }) => {
    const saleAddress = chain.address("PlatformTokenSale");
    const read = <name extends "closesAt" | "finalized" | "treasury">(functionName: name) =>
      chain.client.readContract({ address: saleAddress, abi: platformTokenSaleAbi, functionName });
    const sale = new SalePage(page);
    await sale.goto();
    await sale.connect(wallet.address);
    await sale.amount.fill("1");
    await sale.buyButton.click();
    await expect(sale.balance).toHaveText("10,000 SPT");

    await chain.mineAt((await read("closesAt")) + 1n);
    await page.reload();
    await expect(sale.status).toContainText("anyone may finalize it now");
    await expect(sale.buyPanel).toHaveCount(0);
    await sale.finalizePanel.getByRole("button", { name: "Finalize the sale" }).click();

    await expect(sale.status).toContainText("Finalized: 10,000 SPT sold; the unsold were burned, so the supply is 10,000 SPT.");
    expect(await read("finalized")).toBe(true);
    const supply = await chain.client.readContract({ address: chain.address("PlatformToken"), abi: platformTokenAbi, functionName: "totalSupply" });
    expect(supply).toBe(parseEther("10000"));

    const treasury = await read("treasury");
    expect(treasury).toBe(demoAccounts[0]!.address);
    const before = await chain.client.getBalance({ address: treasury });
    await sale.proceedsPanel.getByRole("button", { name: "Send the proceeds to the treasury" }).click();
    await expect(sale.proceeds).toContainText("Raised 1 ETH, sent to the treasury.");
    expect((await chain.client.getBalance({ address: treasury })) - before).toBe(parseEther("1"));
  });
});
