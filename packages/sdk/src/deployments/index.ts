import { getAddress, type Address } from "viem";
import { z } from "zod";
import localDeployment from "../../deployments/31337.json" with { type: "json" };

const addressSchema = z
  .string()
  .regex(/^0x[0-9a-fA-F]{40}$/, "must be a 0x-prefixed 20-byte address")
  .transform((value) => getAddress(value));

/** The file `contracts/script/Deploy.s.sol` writes to `deployments/<chainId>.json`. */
export const deploymentSchema = z.object({
  chainId: z.number().int().positive(),
  deploymentBlock: z.number().int().nonnegative(),
  contracts: z.record(z.string(), addressSchema),
});

export type Deployment = z.infer<typeof deploymentSchema>;
export type ContractName = string;

export function parseDeployment(json: unknown): Deployment {
  return deploymentSchema.parse(json);
}

/** The committed local-chain deployment (anvil's addresses are deterministic). */
export const localChainDeployment: Deployment = parseDeployment(localDeployment);

export const LOCAL_CHAIN_ID = 31337;

export function contractAddress(deployment: Deployment, name: ContractName): Address {
  const address = deployment.contracts[name];
  if (!address) throw new Error(`${name} is not deployed on chain ${deployment.chainId}`);
  return address;
}
