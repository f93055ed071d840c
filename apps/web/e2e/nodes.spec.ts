import { nodeRegistryAbi } from "@scipio/sdk/abi";
import { CommunityActions } from "@scipio/sdk/community";
import { PARTICIPANT_ROLES } from "@scipio/sdk/protocol";
import { expect, test } from "./fixtures";
import { NodesPage } from "./pages/nodes-page";
import { resolveAccount } from "./support/injected-wallet";

const operatorRole = PARTICIPANT_ROLES.find((role) => role.key === "operator")!;

test.describe("nodes", () => {
  test.use({ walletAccount: "Ada" });

  test("an operator registers a node, edits it, moves it to another status, finds it on the map and in the list, and removes it", async ({
    page,
    chain,
    wallet,
  }) => {
    const community = new CommunityActions(chain.rpcUrl, chain.deployment);
    await community.onboard(resolveAccount("Governance"), wallet.address, operatorRole);
    const registry = { address: chain.address("NodeRegistry"), abi: nodeRegistryAbi } as const;
    const nodes = new NodesPage(page);

    await nodes.gotoRegister();
    await nodes.connect(wallet.address);
    await nodes.fill({ Name: "Vic supernode", "Device (optional)": "Mikrotik RB5009", Latitude: "41.9301", Longitude: "2.2549" });
    await nodes.field("Kind").selectOption({ label: "Supernode" });
    await nodes.field("Status").selectOption({ label: "Building" });
    await nodes.form.getByRole("button", { name: "Register node" }).click();

    await expect(page.getByTestId("node-name")).toHaveText("Vic supernode");
    const id = BigInt(page.url().split("/").at(-1)!);
    const registered = await chain.client.readContract({ ...registry, functionName: "getNode", args: [id] });
    expect(registered).toMatchObject({ owner: wallet.address, kind: 2, status: 1, latitude: 41_930_100, longitude: 2_254_900 });

    // Edit: a new name and a nudge of the location.
    await nodes.field("Name").fill("Vic supernode (Plaça Major)");
    await nodes.field("Latitude").fill("41.9297");
    await nodes.form.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByTestId("node-name")).toHaveText("Vic supernode (Plaça Major)");
    expect((await chain.client.readContract({ ...registry, functionName: "getNode", args: [id] })).latitude).toBe(41_929_700);

    await nodes.statusControl.getByLabel("New status").selectOption({ label: "Working" });
    await nodes.statusControl.getByRole("button", { name: "Change status" }).click();
    await expect(page.getByTestId("node-status")).toHaveText("Working");
    expect((await chain.client.readContract({ ...registry, functionName: "getNode", args: [id] })).status).toBe(3);

    await nodes.gotoList();
    await expect(nodes.row(id)).toContainText("Vic supernode (Plaça Major)");
    await expect(nodes.marker(id)).toHaveAttribute("aria-label", "Vic supernode (Plaça Major): Supernode, Working");
    await nodes.filter({ kind: "Supernode", status: "Working" });
    await expect(page).toHaveURL(/kind=2&status=3/);
    await expect(nodes.row(id)).toBeVisible();
    await nodes.filter({ status: "Planned" });
    await expect(nodes.row(id)).toHaveCount(0);
    await expect(nodes.marker(id)).toHaveCount(0);

    // The map zooms, and its marker leads to the node's page.
    await nodes.gotoList();
    await nodes.map.getByRole("button", { name: "Zoom in" }).click();
    await expect(nodes.map.getByTestId("map-zoom")).toContainText("1.6×");
    await nodes.marker(id).click();
    await expect(page).toHaveURL(new RegExp(`/nodes/${id}$`));

    await nodes.removeControl.getByRole("button", { name: "Remove node" }).click();
    await nodes.removeControl.getByRole("button", { name: `Yes, remove node #${id}` }).click();
    await expect(page).toHaveURL(/\/nodes$/);
    await expect(nodes.row(id)).toHaveCount(0);
    expect((await chain.client.readContract({ ...registry, functionName: "getNodes", args: [id, 1n] }))[0]!.owner).toBe(
      "0x0000000000000000000000000000000000000000",
    );
  });

  test("a point off the globe and oversized metadata are refused before anything is sent, and the form keeps what was typed", async ({
    page,
    wallet,
  }) => {
    const nodes = new NodesPage(page);
    await nodes.gotoRegister();
    await nodes.connect(wallet.address);
    const sentBefore = wallet.sentTransactions.length;
    await nodes.fill({ Name: "Somewhere", Latitude: "91.5", Longitude: "2.25" });
    await nodes.form.getByRole("button", { name: "Register node" }).click();

    await expect(nodes.field("Latitude")).toHaveAccessibleDescription(/between -90 and 90 degrees: this point is off the globe/);
    await expect(nodes.field("Name")).toHaveValue("Somewhere");

    const longLinks = [1, 2, 3, 4].map((n) => `https://guifi.net/node/${n}/${"x".repeat(260)}`).join("\n");
    await nodes.fill({ Latitude: "41.93", "Links (optional, one per line)": longLinks });
    await nodes.form.getByRole("button", { name: "Register node" }).click();

    await expect(page.getByTestId("metadata-problem")).toContainText("a node's metadata may be at most 1,024 bytes");
    await expect(nodes.field("Links (optional, one per line)")).toHaveValue(longLinks);
    expect(wallet.sentTransactions.length).toBe(sentBefore);
  });
});

test.describe("nodes: another account", () => {
  test.use({ walletAccount: "Bruno" });

  test("another account sees the node but no edit controls", async ({ page, chain, wallet }) => {
    const community = new CommunityActions(chain.rpcUrl, chain.deployment);
    const ada = resolveAccount("Ada");
    await community.onboard(resolveAccount("Governance"), ada, operatorRole);
    const id = await community.registerNode(ada, {
      kind: 1,
      status: 3,
      latitude: 41_930_000,
      longitude: 2_254_000,
      metadata: { digest: `0x${"ab".repeat(32)}`, codec: "raw" },
    });
    const nodes = new NodesPage(page);
    await nodes.gotoNode(id);
    await nodes.connect(wallet.address);

    await expect(page.getByTestId("node-status")).toHaveText("Working");
    await expect(nodes.ownerControls).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Remove node|Change status|Save changes/ })).toHaveCount(0);
  });
});
