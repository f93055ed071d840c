import { consumptionLedgerAbi, disputeCourtAbi } from "@scipio/sdk/abi";
import { CommunityActions } from "@scipio/sdk/community";
import { demoAccounts } from "@scipio/sdk/demo";
import { PARTICIPANT_ROLES } from "@scipio/sdk/protocol";
import type { Address } from "viem";
import { expect, test } from "./fixtures";
import { ConsumptionPage, DisputePage, submitEvidence } from "./pages/disputes-page";
import type { Chain } from "./support/chain";
import { resolveAccount } from "./support/injected-wallet";

const governance = demoAccounts[0]!.address;
const [ada, carla, didac, elena, gemma] = ["Ada", "Carla", "Dídac", "Elena", "Gemma"].map(resolveAccount) as [Address, Address, Address, Address, Address];
const role = (key: string) => PARTICIPANT_ROLES.find((candidate) => candidate.key === key)!;
const euro = (whole: number) => BigInt(whole) * 1_000_000n;
const RECORD_STATES = ["None", "Recorded", "Validated", "Disputed", "Voided"];

/**
 * Ada and Carla are operators, governance (the platform admin) is also the consumption feeder, the court has
 * three resolvers who are party to nothing here (Dídac, Elena, Gemma), and Carla holds demo euros for deposits.
 */
async function operatorsAndFeeder(chain: Chain) {
  const community = new CommunityActions(chain.rpcUrl, chain.deployment);
  for (const operator of [ada, carla]) await community.onboard(governance, operator, role("operator"));
  await community.onboard(governance, governance, role("feeder"));
  for (const resolver of [didac, elena, gemma]) await community.addResolver(governance, resolver);
  await community.faucet(carla, euro(1_000));
  return community;
}

const recordOf = (chain: Chain, operator: Address, period: bigint) =>
  chain.client.readContract({ address: chain.address("ConsumptionLedger"), abi: consumptionLedgerAbi, functionName: "recordOf", args: [operator, period] });
const disputeOf = (chain: Chain, id: bigint) =>
  chain.client.readContract({ address: chain.address("DisputeCourt"), abi: disputeCourtAbi, functionName: "getDispute", args: [id] });

test.describe("consumption", () => {
  test.use({ walletAccount: "Governance" });

  test("the feeder records consumption, one operator validates and another raises an issue that is escalated to mediation and resolved", async ({
    page,
    wallet,
    chain,
  }) => {
    test.setTimeout(240_000);
    await operatorsAndFeeder(chain);
    const consumption = new ConsumptionPage(page);
    await consumption.goto();
    await consumption.connect(wallet.address);

    // The feeder records both operators' consumption of the running period 0.
    await consumption.record(ada, "6000");
    await consumption.record(carla, "3000");
    expect((await recordOf(chain, ada, 0n)).consumption).toBe(6000n);
    expect(RECORD_STATES[(await recordOf(chain, carla, 0n)).state]).toBe("Recorded");
    // A second record of the same operator and period is refused before anything is sent.
    const adaRow = consumption.feederRow(ada);
    await adaRow.getByLabel(/GB for period/).fill("10");
    await adaRow.getByRole("button", { name: "Record" }).click();
    await expect(adaRow.getByTestId("feeder-row-problem")).toContainText("already recorded");
    await expect(adaRow.getByLabel(/GB for period/)).toHaveValue("10");
    expect((await recordOf(chain, ada, 0n)).consumption).toBe(6000n);

    // Ada validates hers.
    await wallet.switchAccount("Ada");
    await consumption.goto();
    await consumption.operatorRecord(0n).getByRole("button", { name: "Validate" }).click();
    await expect(consumption.operatorRecord(0n).getByTestId("operator-record-state")).toHaveText("Validated");
    expect(RECORD_STATES[(await recordOf(chain, ada, 0n)).state]).toBe("Validated");
    await expect(consumption.tableRow(0n, ada).getByTestId("consumption-state")).toHaveText("Validated");

    // Carla raises an issue: evidence uploaded, the conciliation deposit approved and paid, the dispute opened.
    await wallet.switchAccount("Carla");
    await consumption.goto();
    await consumption.operatorRecord(0n).getByRole("button", { name: "Raise an issue" }).click();
    await submitEvidence(page.getByTestId("raise-issue"), "Our router logs show 1,900 GB for the week, not 3,000.", "Open the dispute");
    await page.waitForURL(/\/disputes\/1$/);
    const dispute = new DisputePage(page);
    await expect(dispute.status).toHaveText("Awaiting its resolver");
    await expect(dispute.recordState).toHaveText("Disputed");
    expect(RECORD_STATES[(await recordOf(chain, carla, 0n)).state]).toBe("Disputed");
    expect((await disputeOf(chain, 1n)).opener).toBe(carla);
    await expect(page.getByTestId("dispute-event-opened")).toContainText("Our router logs show 1,900 GB");

    // Conciliation: the resolver is drawn from the next block's hash, then rules for the feeder.
    await chain.mine(2);
    await dispute.goto(1n);
    await dispute.progress("dispute-assignResolver", "Draw the resolver", "Awaiting the resolver's decision");
    const conciliator = (await disputeOf(chain, 1n)).resolvers[0];
    expect([didac, elena, gemma]).toContain(conciliator);
    await expect(page.getByTestId("dispute-resolver-conciliation")).toHaveText(conciliator);
    await wallet.switchAccount(conciliator);
    await dispute.goto(1n);
    await dispute.decide("For the feeder (B)", "The feeder's counters match the upstream's.");
    expect((await disputeOf(chain, 1n)).rulings[0]).toBe(1);

    // Carla escalates to mediation; the feeder is exempt, so mediation's resolver is assigned at once.
    await wallet.switchAccount("Carla");
    await dispute.goto(1n);
    await submitEvidence(page.getByTestId("escalate-dispute"), "The upstream counters include a neighbour's transit.", "Escalate to mediation");
    await expect(dispute.stage).toHaveText("Mediation", { timeout: 20_000 });
    await expect(dispute.status).toHaveText("Awaiting the resolver's decision");
    const escalated = await disputeOf(chain, 1n);
    expect(escalated.stage).toBe(1);
    const mediator = escalated.resolvers[1];
    expect(mediator).not.toBe(conciliator);

    // Mediation rules for the operator; after the appeal window anyone makes it final and the record is voided.
    await wallet.switchAccount(mediator);
    await dispute.goto(1n);
    await dispute.decide("For the operator (A)", "The transit is a neighbour's: the record is too high.");
    const { appealDeadline } = await chain.client
      .readContract({ address: chain.address("DisputeCourt"), abi: disputeCourtAbi, functionName: "deadlinesOf", args: [1n] })
      .then(([, , appeal]) => ({ appealDeadline: appeal }));
    await chain.mineAt(appealDeadline + 1n);
    await dispute.goto(1n);
    await dispute.progress("dispute-finalize", "Make the ruling final", "Resolved");
    await expect(dispute.finalEffect).toContainText("For the operator (A)");
    await expect(dispute.finalEffect).toContainText("The consumption record is voided.");
    expect((await disputeOf(chain, 1n)).status).toBe(5);
    expect(RECORD_STATES[(await recordOf(chain, carla, 0n)).state]).toBe("Voided");
    await expect(page.getByTestId("dispute-event-decided")).toHaveCount(2);

    await consumption.goto();
    await expect(consumption.tableRow(0n, carla).getByTestId("consumption-state")).toHaveText("Voided");
  });
});
