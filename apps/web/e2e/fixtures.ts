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

  // Errors the page logs are attached to the report (and make a failure easier to read).
  page: async ({ page }, use, testInfo) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(`pageerror: ${error.stack ?? error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
    await use(page);
    if (errors.length > 0) await testInfo.attach("browser-errors", { body: errors.join("\n"), contentType: "text/plain" });
    if (process.env.SCIPIO_E2E_DEBUG) console.log(errors.join("\n"));
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
