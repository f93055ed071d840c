import { useCallback } from "react";
import { parseEventLogs, type Address, type Hex } from "viem";
import {
  projectRegistryAbi,
  useReadCapitalTokenAvailablePool,
  useReadCapitalTokenTotalSupply,
  useReadProjectRegistryGetStake,
  useReadReputationRegistryTotalSupply,
  useSimulateProjectRegistryWithdrawStake,
} from "../abi/generated-hooks.ts";
import type { OnChainCid } from "../ipfs/cid.ts";
import type { StakeSide } from "../schemas/distribute.ts";
import { CID_CODEC, COLLATERAL_KIND } from "../protocol.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
import { useTransaction } from "./use-transaction.ts";

/** One task as it goes on chain: its description CID and its share of the cost in bps. */
export type TaskSpecInput = { description: OnChainCid; weightingBps: number };

/** Every project-registry action shares the registry address and one transaction state per hook. */
function useRegistryTransaction() {
  return { address: useContractAddress("ProjectRegistry"), transaction: useTransaction() };
}

/** `account`'s stake, backed list and own list in a project. */
export function useProjectStake(projectId: bigint, account: Address | undefined) {
  const address = useContractAddress("ProjectRegistry");
  return useReadProjectRegistryGetStake({
    address,
    args: [projectId, account ?? "0x0000000000000000000000000000000000000000"],
    query: { enabled: address !== undefined && account !== undefined },
  });
}

/** Proposes a project; resolves to the new project's id (undefined if the transaction failed). */
export function useProposeProject() {
  const { address, transaction } = useRegistryTransaction();
  const { send } = transaction;
  const propose = useCallback(
    async (proposal: { cost: bigint; stakingDeadline: bigint; description: OnChainCid; collateralKind: StakeSide }) => {
      const receipt = await send({
        label: "Propose project",
        abi: projectRegistryAbi,
        address: requireDeployed(address, "ProjectRegistry"),
        functionName: "propose",
        args: [
          proposal.cost,
          proposal.stakingDeadline,
          proposal.description.digest,
          CID_CODEC[proposal.description.codec],
          COLLATERAL_KIND[proposal.collateralKind],
        ],
      });
      if (!receipt) return undefined;
      const [proposed] = parseEventLogs({ abi: projectRegistryAbi, eventName: "ProjectProposed", logs: receipt.logs });
      return proposed?.args.projectId;
    },
    [send, address],
  );
  return { ...transaction, propose, available: address !== undefined };
}

/** The proposer cancels an unstaked project; the collateral goes back. */
export function useCancelProject() {
  const { address, transaction } = useRegistryTransaction();
  const { send } = transaction;
  const cancel = useCallback(
    (projectId: bigint) =>
      send({ label: "Cancel project", abi: projectRegistryAbi, address: requireDeployed(address, "ProjectRegistry"), functionName: "cancel", args: [projectId] }),
    [send, address],
  );
  return { ...transaction, cancel, available: address !== undefined };
}

/** Stakes up to `amount` tokens or reputation; the registry clamps it to what is still required. */
export function useStake() {
  const { address, transaction } = useRegistryTransaction();
  const { send } = transaction;
  const stake = useCallback(
    (projectId: bigint, side: StakeSide, amount: bigint) =>
      side === "tokens"
        ? send({ label: "Stake tokens", abi: projectRegistryAbi, address: requireDeployed(address, "ProjectRegistry"), functionName: "stakeTokens", args: [projectId, amount] })
        : send({
            label: "Stake reputation",
            abi: projectRegistryAbi,
            address: requireDeployed(address, "ProjectRegistry"),
            functionName: "stakeReputation",
            args: [projectId, amount],
          }),
    [send, address],
  );
  return { ...transaction, stake, available: address !== undefined };
}

/** Takes back `amount` of a tokens or reputation stake (not in the final window before the deadline). */
export function useUnstake() {
  const { address, transaction } = useRegistryTransaction();
  const { send } = transaction;
  const unstake = useCallback(
    (projectId: bigint, side: StakeSide, amount: bigint) =>
      side === "tokens"
        ? send({
            label: "Unstake tokens",
            abi: projectRegistryAbi,
            address: requireDeployed(address, "ProjectRegistry"),
            functionName: "unstakeTokens",
            args: [projectId, amount],
          })
        : send({
            label: "Unstake reputation",
            abi: projectRegistryAbi,
            address: requireDeployed(address, "ProjectRegistry"),
            functionName: "unstakeReputation",
            args: [projectId, amount],
          }),
    [send, address],
  );
  return { ...transaction, unstake, available: address !== undefined };
}

/** Takes back the whole stake of an Expired (or Complete) project, and the proposer's returnable collateral. */
export function useWithdrawStake() {
  const { address, transaction } = useRegistryTransaction();
  const { send } = transaction;
  const withdrawStake = useCallback(
    (projectId: bigint) =>
      send({ label: "Withdraw stake", abi: projectRegistryAbi, address: requireDeployed(address, "ProjectRegistry"), functionName: "withdrawStake", args: [projectId] }),
    [send, address],
  );
  return { ...transaction, withdrawStake, available: address !== undefined };
}

/**
 * Whether `account` has something to withdraw from the project now (a stake, rewards, returnable collateral):
 * the registry exposes no such view, so `withdrawStake` is simulated for the account.
 */
export function useCanWithdrawStake(projectId: bigint, account: Address | undefined): boolean {
  const address = useContractAddress("ProjectRegistry");
  const simulation = useSimulateProjectRegistryWithdrawStake({
    address,
    account,
    args: [projectId],
    query: { enabled: address !== undefined && account !== undefined, retry: false },
  });
  return simulation.isSuccess;
}

/** Submits (or replaces, while nobody else backs it) the member's task list, which the member then backs. */
export function useSubmitTaskList() {
  const { address, transaction } = useRegistryTransaction();
  const { send } = transaction;
  const submitTaskList = useCallback(
    (projectId: bigint, tasks: readonly TaskSpecInput[], replacing: boolean) =>
      send({
        label: replacing ? "Replace task list" : "Submit task list",
        abi: projectRegistryAbi,
        address: requireDeployed(address, "ProjectRegistry"),
        functionName: "submitTaskList",
        args: [
          projectId,
          tasks.map((task) => ({
            digest: task.description.digest as Hex,
            codec: CID_CODEC[task.description.codec],
            weighting: task.weightingBps,
          })),
        ],
      }),
    [send, address],
  );
  return { ...transaction, submitTaskList, available: address !== undefined };
}

/** Backs a task list with the member's whole stake, leaving any list backed before. */
export function useBackTaskList() {
  const { address, transaction } = useRegistryTransaction();
  const { send } = transaction;
  const backTaskList = useCallback(
    (projectId: bigint, listId: bigint) =>
      send({
        label: `Back task list #${listId}`,
        abi: projectRegistryAbi,
        address: requireDeployed(address, "ProjectRegistry"),
        functionName: "backTaskList",
        args: [projectId, listId],
      }),
    [send, address],
  );
  return { ...transaction, backTaskList, available: address !== undefined };
}

/**
 * Performs the stage change that is due (anyone may): Proposed past its deadline → Expired, Staked past its
 * period → Active or Failed.
 */
export function useAdvanceProject() {
  const { address, transaction } = useRegistryTransaction();
  const { send } = transaction;
  const advance = useCallback(
    (projectId: bigint, label: string) =>
      send({ label, abi: projectRegistryAbi, address: requireDeployed(address, "ProjectRegistry"), functionName: "advance", args: [projectId] }),
    [send, address],
  );
  return { ...transaction, advance, available: address !== undefined };
}

/*//////////////////////////////////////////////////////////////
                      PROPOSAL REQUIREMENTS
//////////////////////////////////////////////////////////////*/

const BPS = 10_000n;

function ceilDiv(numerator: bigint, denominator: bigint): bigint {
  return (numerator + denominator - 1n) / denominator;
}

/**
 * What proposing a project of `cost` wei requires, by the registry's own rules (`DistributeMath`): the pool
 * must hold `ceil(1.07·C)`; stakers must stake `ceil(C/P)` of the supply and of the reputation; the proposer
 * locks 5% of one of them, rounded up.
 */
export function proposalRequirements(cost: bigint, market: { availablePool: bigint; supply: bigint; totalReputation: bigint }) {
  const draw = ceilDiv(cost * 10_700n, BPS);
  const fits = cost > 0n && draw <= market.availablePool;
  const requiredTokens = fits ? ceilDiv(market.supply * cost, market.availablePool) : undefined;
  const requiredReputation = fits ? ceilDiv(market.totalReputation * cost, market.availablePool) : undefined;
  return {
    draw,
    fits,
    requiredTokens,
    requiredReputation,
    tokenCollateral: requiredTokens !== undefined ? ceilDiv(requiredTokens * 500n, BPS) : undefined,
    reputationCollateral: requiredReputation !== undefined ? ceilDiv(requiredReputation * 500n, BPS) : undefined,
  };
}

/** The pool, supply and total reputation a proposal's requirements are computed from, followed live. */
export function useProposalMarket() {
  const token = useContractAddress("CapitalToken");
  const reputation = useContractAddress("ReputationRegistry");
  const live = { refetchInterval: 4_000 } as const;
  const availablePool = useReadCapitalTokenAvailablePool({ address: token, query: { enabled: token !== undefined, ...live } });
  const supply = useReadCapitalTokenTotalSupply({ address: token, query: { enabled: token !== undefined, ...live } });
  const totalReputation = useReadReputationRegistryTotalSupply({ address: reputation, query: { enabled: reputation !== undefined, ...live } });
  if (availablePool.data === undefined || supply.data === undefined || totalReputation.data === undefined) return undefined;
  return { availablePool: availablePool.data, supply: supply.data, totalReputation: totalReputation.data };
}
