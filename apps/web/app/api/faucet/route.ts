import { addressSchema } from "@scipio/sdk/schemas";
import { formatEther, toHex } from "viem";
import { z } from "zod";
import { FAUCET_CEILING, FAUCET_ETHER } from "@/lib/faucet";
import { LOCAL_CHAIN_ID } from "@/lib/runtime-config";
import { getRuntimeConfig, getServerClient } from "@/lib/server-config";


const requestSchema = z.object({ account: addressSchema });

/**
 * The local chain's faucet: adds `FAUCET_ETHER` to an account with anvil's `anvil_setBalance`, so a
 * newcomer who holds no ether can act at once (as scaffold-eth-2 offers). Refused unless the app serves
 * the local chain and the node says it is one; anvil's cheat methods exist nowhere else.
 */
export async function POST(request: Request): Promise<Response> {
  const { chainId } = await getRuntimeConfig();
  if (chainId !== LOCAL_CHAIN_ID) return refuse(404, "The faucet exists on the local chain only.");
  const body = requestSchema.safeParse(await request.json().catch(() => undefined));
  if (!body.success) return refuse(400, body.error.issues[0]?.message ?? "Send { account } as JSON");
  const { account } = body.data;

  const client = await getServerClient();
  try {
    if ((await client.getChainId()) !== LOCAL_CHAIN_ID) return refuse(404, "The faucet exists on the local chain only.");
    const balance = await client.getBalance({ address: account });
    if (balance >= FAUCET_CEILING) {
      return refuse(409, `This account holds ${formatEther(balance)} ETH already; the faucet tops up accounts below ${formatEther(FAUCET_CEILING)} ETH.`);
    }
    const next = balance + FAUCET_ETHER;
    // A test-node method viem's public client does not type.
    await (client.request as (args: { method: string; params: unknown[] }) => Promise<unknown>)({
      method: "anvil_setBalance",
      params: [account, toHex(next)],
    });
    return Response.json({ account, added: FAUCET_ETHER.toString(), balance: next.toString() });
  } catch (error) {
    console.error("faucet: the local chain did not answer:", error);
    return refuse(502, "The local chain did not answer: is the stack running?");
  }
}

function refuse(status: number, message: string): Response {
  return Response.json({ error: message }, { status });
}
