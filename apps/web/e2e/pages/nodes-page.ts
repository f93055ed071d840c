import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell";

/** /nodes, /nodes/new and /nodes/[id]: the list, the map, the node form and the owner's controls. */
export class NodesPage extends AppShell {
  readonly list: Locator;
  readonly map: Locator;
  readonly filters: Locator;
  readonly form: Locator;
  readonly ownerControls: Locator;
  readonly statusControl: Locator;
  readonly removeControl: Locator;

  constructor(page: Page) {
    super(page);
    this.list = page.getByTestId("node-list");
    this.map = page.getByTestId("node-map");
    this.filters = page.getByTestId("node-filters");
    this.form = page.getByTestId("node-form");
    this.ownerControls = page.getByTestId("node-owner-controls");
    this.statusControl = page.getByTestId("node-status-control");
    this.removeControl = page.getByTestId("node-remove-control");
  }

  async gotoList(query = "") {
    await this.page.goto(`/nodes${query}`);
    await expect(this.page.getByRole("heading", { name: "Nodes", level: 1 })).toBeVisible();
  }

  async gotoRegister() {
    await this.page.goto("/nodes/new");
    await expect(this.page.getByRole("heading", { name: "Register a node", level: 1 })).toBeVisible();
  }

  async gotoNode(id: bigint) {
    await this.page.goto(`/nodes/${id}`);
    await expect(this.page.getByTestId("node-name")).toBeVisible();
  }

  row(id: bigint): Locator {
    return this.list.locator(`tr[data-node-id="${id}"]`);
  }

  marker(id: bigint): Locator {
    return this.map.locator(`a[data-node-id="${id}"]`);
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  async fill(values: Partial<Record<"Name" | "Device (optional)" | "Links (optional, one per line)" | "Latitude" | "Longitude", string>>) {
    for (const [label, value] of Object.entries(values)) await this.field(label).fill(value);
  }

  async filter({ kind, status }: { kind?: string; status?: string }) {
    if (kind) await this.filters.getByLabel("Kind").selectOption({ label: kind });
    if (status) await this.filters.getByLabel("Status").selectOption({ label: status });
    await this.filters.getByRole("button", { name: "Filter" }).click();
  }
}
