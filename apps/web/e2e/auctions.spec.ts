import { bandwidthAuctionAbi, bandwidthTokenAbi, bandwidthTokenFactoryAbi } from "@scipio/sdk/abi";
import { CommunityActions } from "@scipio/sdk/community";
import { demoAccounts } from "@scipio/sdk/demo";
import { PARTICIPANT_ROLES } from "@scipio/sdk/protocol";
import { parseEther, type Address } from "viem";
import { expect, test } from "./fixtures";
import { AuctionsPage, BandwidthTokensPage } from "./pages/auctions-page";
import { calendarEvents, downloadText, icsUtc } from "./pages/todos-page";
import type { Chain } from "./support/chain";
import { resolveAccount } from "./support/injected-wallet";

const DAY = 86_400n;
const governance = demoAccounts[0]!.address;
const [ada, bruno, gemma, ferran, elena] = ["Ada", "Bruno", "Gemma", "Ferran", "Elena"].map(resolveAccount) as [Address, Address, Address, Address, Address];
const role = (key: string) => PARTICIPANT_ROLES.find((candidate) => candidate.key === key)!;

/**
 * The network before an auction: Ada onboarded as operator, the Platform role held by governance, the SPT sale sold
 * out (Bruno 40%, Gemma 30%, Ferran 30%) and finalized, and a 10 ETH investment of Ada's recorded (5 ETH to raise).
 */
async function networkReady(chain: Chain) {
  const community = new CommunityActions(chain.rpcUrl, chain.deployment);
  await community.onboard(governance, ada, role("operator"));
  await community.onboard(governance, governance, role("platform"));
  await community.buySpt(bruno, "400");
  await community.buySpt(gemma, "300");
  await community.buySpt(ferran, "300");
  await community.finalizeSale(governance);
  const investmentId = await community.recordInvestment(governance, ada, "10");
  return { community, investmentId, finalizedAt: await chain.now() };
}

test.describe("bandwidth tokens and auctions", () => {
  test.use({ walletAccount: "Ada" });

  test("an operator creates its IBT, lets the auctions mint it, and opens an auction: the raise cap is refused live, then accepted; without bids it cancels it", async ({
    page,
    wallet,
    chain,
  }) => {
    await networkReady(chain);
    const tokens = new BandwidthTokensPage(page);
    await tokens.goto();
    await tokens.connect(wallet.address);
    await tokens.create({ name: "Guifi Osona bandwidth 2027", symbol: "IBT-OSO27" });
    await page.getByRole("link", { name: "Guifi Osona bandwidth 2027 (IBT-OSO27)" }).click();
    await expect(page.getByRole("heading", { name: "Guifi Osona bandwidth 2027 (IBT-OSO27)" })).toBeVisible();
    await tokens.minterPanel.getByRole("button", { name: "Let the auctions mint it" }).click();
    await expect(page.getByTestId("token-minters")).toContainText("(the auctions)");
    const factoryTokens = await chain.client.readContract({
      address: chain.address("BandwidthTokenFactory"),
      abi: bandwidthTokenFactoryAbi,
      functionName: "getTokensOf",
      args: [ada, 0n, 10n],
    });
    const token = factoryTokens[0][0]!;
    expect(
      await chain.client.readContract({ address: token, abi: bandwidthTokenAbi, functionName: "isMinter", args: [chain.address("BandwidthAuction")] }),
    ).toBe(true);

    const auctions = new AuctionsPage(page);
    await auctions.gotoList();
    const sends = () => wallet.requests.filter((method) => method === "eth_sendTransaction").length;
    const sentBefore = sends();
    await auctions.offered.fill("10000");
    await auctions.price.fill("0.001");
    // 10 ETH against the 5 ETH half of the investment: said before anything is sent, and nothing typed is lost.
    await expect(auctions.createPanel).toContainText("This offer raises 10 ETH, but the investment may raise only 5 ETH more");
    await expect(auctions.createButton).toBeDisabled();
    await expect(auctions.offered).toHaveValue("10000");
    await expect(auctions.price).toHaveValue("0.001");
    expect(sends()).toBe(sentBefore);

    await auctions.offered.fill("5000");
    await expect(auctions.createPanel.getByTestId("auction-raise")).toContainText("Raises at most 5 ETH");
    await auctions.createButton.click();
    await expect(auctions.createPanel.getByTestId("transaction-confirmed")).toBeVisible();
    await expect(page.getByTestId("auctions-upcoming").getByTestId("auction-card")).toHaveCount(1);
    const created = await chain.client.readContract({ address: chain.address("BandwidthAuction"), abi: bandwidthAuctionAbi, functionName: "getAuction", args: [1n] });
    expect(created.offered).toBe(parseEther("5000"));
    expect(created.price).toBe(parseEther("0.001"));

    // Nobody bid: the operator may cancel it, and its raise no longer counts against the investment.
    await auctions.gotoAuction(1n);
    await page.getByRole("region", { name: "Cancel" }).getByRole("button", { name: "Cancel the auction" }).click();
    await expect(page.getByTestId("auction-phase")).toHaveText("Cancelled");
    const investment = await chain.client.readContract({ address: chain.address("BandwidthAuction"), abi: bandwidthAuctionAbi, functionName: "getInvestment", args: [1n] });
    expect(investment.committed).toBe(0n);
  });

  test("SPT holders bid in the priority window within their allocations, one is refused above it; after it a non-holder buys the rest; buyers, the operator and a holder's Common Pool share are claimed", async ({
    page,
    wallet,
    chain,
  }) => {
    const { community, investmentId, finalizedAt } = await networkReady(chain);
    const token = await community.createBandwidthToken(ada, { name: "Guifi Osona bandwidth 2027", symbol: "IBT-OSO27", deliveryStart: finalizedAt + DAY, deliveryEnd: finalizedAt + 400n * DAY });
    await community.addAuctionMinter(ada, token);
    const startsAt = finalizedAt + 7n * DAY + 3600n;
    const auctionId = await community.createAuction(ada, { investmentId, token, offered: parseEther("10000"), price: parseEther("0.0001"), startsAt, endsAt: startsAt + 10n * DAY });
    await chain.mineAt(startsAt + 60n);

    const auctions = new AuctionsPage(page);
    await wallet.switchAccount("Bruno");
    await auctions.gotoAuction(auctionId);
    await expect(page.getByTestId("auction-countdown")).toContainText("Priority window");
    // The page's windows go to a calendar as one-event files, at the chain's times (before any wallet connects).
    const auctionRead = { address: chain.address("BandwidthAuction"), abi: bandwidthAuctionAbi } as const;
    const [onChain, priorityWindow] = await Promise.all([
      chain.client.readContract({ ...auctionRead, functionName: "getAuction", args: [auctionId] }),
      chain.client.readContract({ ...auctionRead, functionName: "PRIORITY_WINDOW" }),
    ]);
    const calendar = page.getByTestId("auction-calendar");
    await expect(calendar.getByRole("link")).toHaveCount(2);
    const priorityFile = await downloadText(page, calendar.getByRole("link", { name: "Add the priority window's end to your calendar (.ics)" }));
    expect(priorityFile.filename).toBe(`scipio-auction-priority-${auctionId}.ics`);
    const [priorityEvent] = calendarEvents(priorityFile.text);
    expect(priorityEvent!.dtend).toBe(icsUtc(BigInt(onChain.startsAt) + priorityWindow));
    expect(priorityEvent!.url).toBe(new URL(`/auctions/${auctionId}`, page.url()).toString());
    const endEvents = calendarEvents((await downloadText(page, calendar.getByRole("link", { name: "Add the auction's end to your calendar (.ics)" }))).text);
    expect(endEvents).toHaveLength(1);
    expect(endEvents[0]!.dtend).toBe(icsUtc(BigInt(onChain.endsAt)));
    await auctions.connect(wallet.address);
    await expect(auctions.allocation).toHaveText("4,000 IBT");
    await auctions.bid("3000");
    await expect(auctions.allocationLeft).toHaveText("1,000 IBT");

    // Above what is left of the allocation: refused before sending, with the figure, the amount kept.
    const sentBefore = wallet.requests.filter((method) => method === "eth_sendTransaction").length;
    await auctions.bidAmount.fill("1500");
    await expect(auctions.bidPanel).toContainText("In the priority window you may buy 1000 IBT more (your SPT allocation): bid at most that");
    await auctions.bidButton.click();
    await expect(auctions.bidAmount).toHaveValue("1500");
    expect(wallet.requests.filter((method) => method === "eth_sendTransaction").length).toBe(sentBefore);

    await wallet.switchAccount("Gemma");
    await expect(auctions.allocation).toHaveText("3,000 IBT");
    await auctions.bid("3000");
    await expect(auctions.sold()).toHaveAttribute("aria-valuetext", /6,000 of 10,000 IBT/);

    // After the window Elena, who holds no SPT, bids: beyond the supply is refused, then she buys the rest.
    await chain.mineAt(startsAt + 2n * DAY + 60n);
    await wallet.switchAccount("Elena");
    await page.reload();
    await expect(page.getByTestId("auction-countdown")).toContainText("Open to everyone");
    await auctions.bidAmount.fill("4001");
    await expect(auctions.bidPanel).toContainText("Only 4000 IBT are left: bid at most that");
    await expect(auctions.bidAmount).toHaveValue("4001");
    await auctions.bid("4000", { soldOut: true });
    await expect(page.getByTestId("auction-phase")).toHaveText("Ended");

    await auctions.claimPanel("Your IBT").getByRole("button", { name: "Claim your IBT" }).click();
    await expect(auctions.claimPanel("Your IBT")).toHaveCount(0);
    const ibtOf = (account: Address) => chain.client.readContract({ address: token, abi: bandwidthTokenAbi, functionName: "balanceOf", args: [account] });
    expect(await ibtOf(elena)).toBe(parseEther("4000"));

    await wallet.switchAccount("Ada");
    const adaBefore = await chain.client.getBalance({ address: ada });
    await auctions.claimPanel("Proceeds").getByRole("button", { name: "Claim the proceeds" }).click();
    await expect(auctions.claimPanel("Proceeds")).toHaveCount(0);
    expect(await chain.client.getBalance({ address: ada })).toBeGreaterThan(adaBefore);

    // Ferran holds 30% of the SPT and bought nothing: 30% of the 90 IBT Common Pool (0.9% of 10,000).
    await wallet.switchAccount("Ferran");
    await expect(auctions.claimPanel("Common Pool")).toContainText("27 IBT of the Common Pool");
    await auctions.claimPanel("Common Pool").getByRole("button", { name: "Claim your Common Pool share" }).click();
    await expect(auctions.claimPanel("Common Pool")).toHaveCount(0);
    expect(await ibtOf(ferran)).toBe(parseEther("27"));
  });
});
