import { settlementTokenAbi } from "@scipio/sdk/abi";
import { formatUnits } from "viem";
import { formatEuro } from "../components/operations/money-format";
import { expect, test } from "./fixtures";
import { CompensationPage } from "./pages/compensation-page";
import { bruno, carla, closablePeriodWithDebtorAndCreditor, tableReads } from "./support/money";

const CLOSED = 5;
const KIND = { debt: 1, credit: 2 };

test.describe("compensation table", () => {
  test.use({ walletAccount: "Carla" });

  test("a period closes, a debtor settles (a settle beyond the debt is refused first), a creditor claims, and the table equals the chain", async ({
    page,
    wallet,
    chain,
    shell,
  }) => {
    test.setTimeout(240_000);
    const { period } = await closablePeriodWithDebtorAndCreditor(chain);
    const reads = tableReads(chain);
    const compensation = new CompensationPage(page);
    const sends = () => wallet.requests.filter((method) => method === "eth_sendTransaction").length;

    // Closable: anyone closes it from the page.
    await compensation.goto(period);
    await expect(compensation.clock).toHaveAttribute("data-phase", "closable");
    await shell.connect(wallet.address);
    await compensation.clock.getByRole("button", { name: `Close period ${period}` }).click();
    await expect(compensation.clock).toHaveAttribute("data-phase", "closed");
    expect(await reads.phase(period)).toBe(CLOSED);

    // The table's figures are the chain's: every row's net, and the totals from the table's getters.
    const totals = await reads.totals(period);
    await expect(compensation.total("total-expenses")).toHaveText(formatEuro(totals.expenses));
    await expect(compensation.total("total-fee")).toHaveText(formatEuro(totals.platformFee));
    await expect(compensation.total("total-consumption")).toHaveText(`${totals.consumption.toLocaleString("en-US")} GB`);
    const rows = await compensation.tableRows();
    expect(rows.map((row) => row.account)).toEqual(expect.arrayContaining([carla, bruno]));
    for (const row of rows) {
      expect(row.net, `net of ${row.account}`).toBe(await reads.net(row.account as `0x${string}`, period));
      expect(row.netText).toBe(formatEuro(row.net, { signed: true }));
    }
    expect(rows.reduce((sum, row) => sum + row.consumption, 0n)).toBe(totals.consumption);

    // Carla owes her share. A settle beyond the debt is refused before anything is sent, and the amount stays.
    const debt = -(await reads.net(carla, period));
    expect(debt).toBeGreaterThan(0n);
    await expect(compensation.positionState).toHaveAttribute("data-state", "debtor");
    await expect(compensation.position.getByTestId("my-remaining")).toHaveText(formatEuro(debt));
    const beyond = formatUnits(debt + 1_000_000n, 6);
    const sentBefore = sends();
    await compensation.settleAmount.fill(beyond);
    await compensation.settleButton.click();
    await expect(compensation.position).toContainText(`That is more than your debt: you owe ${formatUnits(debt, 6)} EUR in this period`);
    await expect(compensation.settleAmount).toHaveValue(beyond);
    expect(sends()).toBe(sentBefore);
    expect((await reads.position(carla, period)).paid).toBe(0n);

    // The whole debt: approve and settle (the settle records her position in the same transaction).
    await compensation.settleAmount.fill(formatUnits(debt, 6));
    await compensation.settleButton.click();
    await expect(compensation.positionState).toHaveAttribute("data-state", "settled");
    const settled = await reads.position(carla, period);
    expect(settled.kind).toBe(KIND.debt);
    expect(settled.amount).toBe(debt);
    expect(settled.paid).toBe(debt);
    await expect(compensation.total("total-settled")).toHaveText(formatEuro(debt));
    expect((await reads.totals(period)).settled).toBe(debt);

    // Bruno is owed: he records his credit within the recording window, then claims once it is over.
    await wallet.switchAccount("Bruno");
    await expect(compensation.positionState).toHaveAttribute("data-state", "credit-unrecorded");
    await compensation.position.getByRole("button", { name: "Record my credit" }).click();
    await expect(compensation.positionState).toHaveAttribute("data-state", "credit-recorded");
    const credit = await reads.net(bruno, period);
    const recorded = await reads.position(bruno, period);
    expect(recorded.kind).toBe(KIND.credit);
    expect(recorded.amount).toBe(credit);

    await chain.mineAt((await reads.totals(period)).recordingEndsAt);
    await page.reload();
    const frozen = await reads.totals(period);
    const entitled = (credit * (frozen.settled < frozen.totalCredit ? frozen.settled : frozen.totalCredit)) / frozen.totalCredit;
    await expect(compensation.positionState).toHaveAttribute("data-state", "credit");
    await expect(compensation.position.getByTestId("my-claimable")).toHaveText(formatEuro(entitled));
    await expect(compensation.position.getByTestId("my-later")).toHaveText(formatEuro(credit - entitled));
    await expect(compensation.total("total-credit")).toHaveText(formatEuro(frozen.totalCredit));
    const euroBalance = () => chain.client.readContract({ address: chain.address("SettlementToken"), abi: settlementTokenAbi, functionName: "balanceOf", args: [bruno] });
    const before = await euroBalance();
    await compensation.position.getByRole("button", { name: "Claim" }).click();
    await expect(compensation.position.getByTestId("my-claimed")).toHaveText(formatEuro(entitled));
    expect((await reads.position(bruno, period)).paid).toBe(entitled);
    expect((await euroBalance()) - before).toBe(entitled);
    await expect(compensation.position.getByRole("button", { name: "Nothing to claim yet" })).toBeDisabled();
  });
});
