import { reputationRegistryAbi } from "@scipio/sdk/abi";
import { parseEther } from "viem";
import { expect, test } from "./distribute-fixtures";

test.describe("identity", () => {
  test("a member registers a dev identity through the app's attester and receives the first reputation", async ({
    identityPage,
    wallet,
    chain,
  }) => {
    await identityPage.goto();
    await identityPage.connect(wallet.address);

    await identityPage.register("bruno@guifi");

    await expect(identityPage.registered).toBeVisible();
    await expect(identityPage.reputationBalance).toHaveText("100 REP");
    const registry = { address: chain.address("ReputationRegistry"), abi: reputationRegistryAbi } as const;
    expect(await chain.client.readContract({ ...registry, functionName: "isRegistered", args: [wallet.address] })).toBe(true);
    expect(await chain.client.readContract({ ...registry, functionName: "balanceOf", args: [wallet.address] })).toBe(parseEther("100"));
  });

  test("an identity registered to another account is refused with a clear message and the typed handle kept", async ({
    identityPage,
    wallet,
    community,
  }) => {
    await community.registerIdentity("Ada", "ada@guifi");
    await identityPage.goto();
    await identityPage.connect(wallet.address);

    await identityPage.register("Ada@Guifi");

    await expect(identityPage.refusal).toContainText("“Ada@Guifi” is already registered to another account");
    await expect(identityPage.identity).toHaveValue("Ada@Guifi");
    expect(await community.reputationBalance(wallet.address)).toBe(0n);
  });

  test("an account that already registered cannot register a second identity", async ({ identityPage, wallet, community, page }) => {
    await community.registerIdentity("Bruno", "bruno@guifi");
    await identityPage.goto();
    await identityPage.connect(wallet.address);

    await expect(identityPage.registered).toContainText("The first reputation is granted once per identity and once per account.");
    const response = await page.request.post("/api/attest", { data: { identity: "someone-else", account: wallet.address } });
    expect(response.status()).toBe(409);
    expect((await response.json()).error).toBe(
      "This account already registered an identity: the first reputation is granted once per account.",
    );
  });

  test("a handle the schema refuses says what to fix and keeps the input", async ({ identityPage, wallet }) => {
    await identityPage.goto();
    await identityPage.connect(wallet.address);

    await identityPage.register("ada lovelace");

    await expect(identityPage.identity).toHaveAccessibleDescription("Use letters, digits and . _ @ + - only (no spaces)");
    await expect(identityPage.identity).toHaveValue("ada lovelace");
    expect(wallet.requests).not.toContain("eth_sendTransaction");
  });
});
