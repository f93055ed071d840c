import { participantRegistryAbi } from "@scipio/sdk/abi";
import { PARTICIPANT_ROLES } from "@scipio/sdk/protocol";
import { expect, test } from "./fixtures";
import { resolveAccount } from "./support/injected-wallet";
import type { Chain } from "./support/chain";

const role = (key: (typeof PARTICIPANT_ROLES)[number]["key"]) => PARTICIPANT_ROLES.find((candidate) => candidate.key === key)!;
const hasRole = (chain: Chain, key: Parameters<typeof role>[0], account: `0x${string}`) =>
  chain.client.readContract({
    address: chain.address("ParticipantRegistry"),
    abi: participantRegistryAbi,
    functionName: "hasRole",
    args: [role(key).id, account],
  });

test.describe("participants", () => {
  test("a member joins as an investor and is listed; only the platform admin may onboard", async ({ page, shell, wallet, chain }) => {
    await page.goto("/participants");
    await shell.connect(wallet.address);
    const myRoles = page.getByRole("region", { name: "Your roles" });
    await expect(myRoles).toContainText("This account holds no role yet.");
    await expect(page.getByRole("region", { name: "Onboard a participant" })).toHaveCount(0);

    await myRoles.getByRole("button", { name: "Join as investor" }).click();

    await expect(myRoles.getByTestId("my-role-list")).toHaveText("This account is: Investor.");
    await expect(myRoles.getByRole("button", { name: "Join as investor" })).toHaveCount(0);
    await expect(page.getByTestId("role-investor")).toContainText(wallet.address);
    await expect(page.getByTestId("role-investor")).toContainText("Bruno — token holder");
    expect(await hasRole(chain, "investor", wallet.address)).toBe(true);
  });

  test.describe("the platform admin", () => {
    test.use({ walletAccount: "Governance" });

    test("onboards an operator and offboards it again; a malformed address says what to fix", async ({ page, shell, wallet, chain }) => {
      const ada = resolveAccount("Ada");
      await page.goto("/participants");
      await shell.connect(wallet.address);
      const form = page.getByRole("region", { name: "Onboard a participant" });
      const account = form.getByLabel("Account");

      await account.fill("0x1234");
      await form.getByRole("button", { name: "Onboard" }).click();
      await expect(form).toContainText("Enter a 0x address of 40 hex characters");
      await expect(account).toHaveValue("0x1234");
      expect(wallet.requests).not.toContain("eth_sendTransaction");

      await account.fill(ada);
      await form.getByLabel("Role").selectOption({ label: "Operator" });
      await form.getByRole("button", { name: "Onboard" }).click();
      await expect(page.getByTestId("role-operator")).toContainText("Ada — operator");
      await expect(account).toHaveValue("");
      expect(await hasRole(chain, "operator", ada)).toBe(true);

      await account.fill(ada);
      await form.getByRole("button", { name: "Offboard" }).click();
      await expect(page.getByTestId("role-operator")).toContainText("None yet.");
      expect(await hasRole(chain, "operator", ada)).toBe(false);
    });
  });
});
