import { test as base, expect } from "@playwright/test";
import { Chain, stackFromEnv } from "./support/chain";
import { InjectedWallet } from "./support/injected-wallet";
import { AppShell } from "./pages/app-shell";
import { TokensPage } from "./pages/tokens-page";

type WalletOptions = {
  /** The account the injected wallet starts as: a demo name ("Bruno"), or an address. */
  walletAccount: string;
  /** The chain the injected wallet reports at first (set another to test wrong-network handling). */
  walletChainId: number;
};

type Fixtures = {
  /** The test chain: viem reads, snapshots, time travel. Reverted after every test. */
  chain: Chain;
  /** The injected EIP-6963 wallet, installed before the page loads. */
  wallet: InjectedWallet;
  shell: AppShell;
  tokensPage: TokensPage;
};

export const test = base.extend<WalletOptions & Fixtures>({
  walletAccount: ["Bruno", { option: true }],
  walletChainId: [31337, { option: true }],

  // Every test starts from the chain as deployed and leaves nothing behind.
  chain: [
    async ({}, use) => {
      const { rpcUrl, deployment } = stackFromEnv();
      const chain = new Chain(rpcUrl, deployment);
      const snapshot = await chain.snapshot();
      await use(chain);
      await chain.revert(snapshot);
    },
    { auto: true },
  ],

  // An uncaught error in the page fails the test; console errors are attached to the report.
  page: async ({ page }, use, testInfo) => {
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    await use(page);
    const report = [...pageErrors.map((e) => `pageerror: ${e}`), ...consoleErrors.map((e) => `console: ${e}`)].join("\n");
    if (report) await testInfo.attach("browser-errors", { body: report, contentType: "text/plain" });
    if (process.env.SCIPIO_E2E_DEBUG && report) console.log(report);
    expect(pageErrors, "uncaught errors in the page").toEqual([]);
  },

  wallet: async ({ page, chain, walletAccount, walletChainId }, use) => {
    const wallet = new InjectedWallet(page, chain.rpcUrl, walletChainId, walletAccount);
    await wallet.install();
    await use(wallet);
  },

  shell: async ({ page, wallet }, use) => {
    void wallet;
    await use(new AppShell(page));
  },

  tokensPage: async ({ page, wallet }, use) => {
    void wallet;
    await use(new TokensPage(page));
  },
});

export { expect };
