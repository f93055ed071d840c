import { plcrVotingAbi, reputationRegistryAbi, taskRegistryAbi } from "@scipio/sdk/abi";
import { MAX_FIRST_REPUTATION, MIN_FIRST_REPUTATION } from "@scipio/sdk/schemas";
import { parseEther } from "viem";
import { formatDuration } from "../components/ui/time";
import { formatBps, formatCount } from "../lib/format";
import { expect, test } from "./fixtures";
import { GovernancePage } from "./pages/governance-page";
import { resolveAccount } from "./support/injected-wallet";
import type { Chain } from "./support/chain";

const reputationRegistry = (chain: Chain) => ({ address: chain.address("ReputationRegistry"), abi: reputationRegistryAbi }) as const;

test.describe("governance parameters", () => {
  test("the page lists the task registry's and voting's parameters as the chain holds them", async ({ page, chain }) => {
    const tasks = { address: chain.address("TaskRegistry"), abi: taskRegistryAbi } as const;
    const voting = { address: chain.address("PlcrVoting"), abi: plcrVotingAbi } as const;
    const [taskParameters, taskBatch, votingParameters, maxEscrow, votingBatch] = await Promise.all([
      chain.client.readContract({ ...tasks, functionName: "parameters" }),
      chain.client.readContract({ ...tasks, functionName: "MAX_BATCH" }),
      chain.client.readContract({ ...voting, functionName: "parameters" }),
      chain.client.readContract({ ...voting, functionName: "MAX_ESCROW" }),
      chain.client.readContract({ ...voting, functionName: "MAX_BATCH" }),
    ]);
    const governance = new GovernancePage(page);

    await governance.goto();

    await expect(governance.parameter("Task registry", "Task period")).toHaveText(formatDuration(Number(taskParameters.taskPeriod)));
    await expect(governance.parameter("Task registry", "Validation period")).toHaveText(
      formatDuration(Number(taskParameters.validationPeriod)),
    );
    await expect(governance.parameter("Task registry", "Completion threshold")).toHaveText(formatBps(taskParameters.completionThresholdBps));
    await expect(governance.parameter("Task registry", "Payouts per withdrawal")).toHaveText(`${formatCount(taskBatch)} tasks`);
    await expect(governance.parameter("Voting", "Commit period")).toHaveText(formatDuration(Number(votingParameters.commitPeriod)));
    await expect(governance.parameter("Voting", "Reveal period")).toHaveText(formatDuration(Number(votingParameters.revealPeriod)));
    await expect(governance.parameter("Voting", "Quorum")).toHaveText(formatBps(votingParameters.quorumBps));
    await expect(governance.parameter("Voting", "Largest vote")).toHaveText(`${formatCount(maxEscrow)} tokens and ${formatCount(maxEscrow)} REP`);
    await expect(governance.parameter("Voting", "Polls per withdrawal")).toHaveText(`${formatCount(votingBatch)} polls`);
    // The deployment defaults, as a person reads them.
    await expect(governance.parameter("Task registry", "Task period")).toHaveText("5 d");
    await expect(governance.parameter("Voting", "Quorum")).toHaveText("5.00%");
  });

  test("the form's bounds are the registry's: one base unit beyond either is refused by the contract", async ({ chain }) => {
    // The change runs as the timelock (governance); its proposer has no role on the registry itself.
    const account = chain.address("GovernanceTimelock");
    const attempt = (amount: bigint) =>
      chain.client.simulateContract({ ...reputationRegistry(chain), functionName: "setFirstReputation", args: [amount], account });

    await expect(attempt(MIN_FIRST_REPUTATION)).resolves.toBeDefined();
    await expect(attempt(MAX_FIRST_REPUTATION)).resolves.toBeDefined();
    await expect(attempt(MIN_FIRST_REPUTATION - 1n)).rejects.toThrow(/ReputationParameterOutOfBounds/);
    await expect(attempt(MAX_FIRST_REPUTATION + 1n)).rejects.toThrow(/ReputationParameterOutOfBounds/);
    await expect(
      chain.client.simulateContract({
        ...reputationRegistry(chain),
        functionName: "setFirstReputation",
        args: [MIN_FIRST_REPUTATION],
        account: resolveAccount("Governance"),
      }),
    ).rejects.toThrow(/AccessControlUnauthorizedAccount/);
  });
});

test.describe("the governance account", () => {
  test.use({ walletAccount: "Governance" });

  test("changes the first reputation through the timelock (schedule, delay, execute); the page shows the new value and the chain holds it", async ({
    page,
    wallet,
    chain,
  }) => {
    const governance = new GovernancePage(page);
    await governance.goto();
    await expect(governance.parameter("Reputation registry", "First reputation")).toHaveText("100 REP");
    await governance.connect(wallet.address);

    await governance.setFirstReputation("250.5");

    await expect(governance.transactionConfirmed()).toHaveText("Confirmed: identities registered from now on receive 250.5 REP.");
    // Two signatures: the schedule, then the execution after the delay.
    expect(wallet.requests.filter((method) => method === "eth_sendTransaction")).toHaveLength(2);
    await expect(governance.parameter("Reputation registry", "First reputation")).toHaveText("250.5 REP");
    await expect(governance.firstReputationInput).toHaveValue("");
    expect(await chain.client.readContract({ ...reputationRegistry(chain), functionName: "firstReputation" })).toBe(parseEther("250.5"));
  });

  test("an empty, negative or out-of-bounds amount says what to fix, keeps the input and sends nothing", async ({ page, wallet, chain }) => {
    const governance = new GovernancePage(page);
    await governance.goto();
    await governance.connect(wallet.address);

    const refused: [typed: string, message: string][] = [
      ["", "Enter the first reputation, between 1 and 10,000 REP"],
      ["-5", "The first reputation cannot be negative: enter an amount between 1 and 10,000 REP"],
      ["0.5", "The first reputation must be at least 1 REP"],
      ["10001", "The first reputation can be at most 10,000 REP"],
      ["1,000", "Write the amount in REP as digits with at most 18 decimals, e.g. 100 or 12.5"],
    ];
    for (const [typed, message] of refused) {
      await governance.setFirstReputation(typed);

      await expect(governance.firstReputationInput).toHaveAccessibleDescription(message);
      await expect(governance.firstReputationInput).toHaveAttribute("aria-invalid", "true");
      await expect(governance.firstReputationInput).toHaveValue(typed);
    }
    expect(wallet.requests).not.toContain("eth_sendTransaction");
    expect(await chain.client.readContract({ ...reputationRegistry(chain), functionName: "firstReputation" })).toBe(parseEther("100"));
  });
});

test.describe("another account", () => {
  test.use({ walletAccount: "Bruno" });

  test("sees the first reputation and who may change it but no form, until the wallet switches to governance", async ({ page, wallet }) => {
    const governance = new GovernancePage(page);
    await governance.goto();
    await governance.connect(wallet.address);

    await expect(governance.parameter("Reputation registry", "First reputation")).toHaveText("100 REP");
    await expect(governance.firstReputationNote).toContainText("Only the governance account can change the first reputation");
    await expect(governance.firstReputationForm).toHaveCount(0);
    await expect(governance.attesterForm).toHaveCount(0);

    await wallet.switchAccount("Governance");

    await expect(governance.firstReputationForm).toBeVisible();
    await expect(governance.attesterForm).toBeVisible();
  });
});
