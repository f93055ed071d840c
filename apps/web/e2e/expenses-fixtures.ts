import { test as base } from "./fixtures";
import { ExpensesPage, ReviewsPage } from "./pages/expenses-page";
import { ExpenseCommunity } from "./support/expense-community";

/**
 * The shared fixtures plus the expense screens and the operating side an expense needs, already set up on the
 * chain (the declarer Ada with her entity and deposit money, four eligible reviewers); the wallet starts as Ada.
 */
export const test = base.extend<{ community: ExpenseCommunity; expenses: ExpensesPage; reviews: ReviewsPage }>({
  walletAccount: "Ada",
  community: async ({ chain, baseURL }, use) => {
    const community = new ExpenseCommunity(chain, baseURL!);
    await community.setUp();
    await use(community);
  },
  // The screens do not install the wallet: a test asks for `wallet` when it connects one.
  expenses: async ({ page }, use) => {
    await use(new ExpensesPage(page));
  },
  reviews: async ({ page }, use) => {
    await use(new ReviewsPage(page));
  },
});

export { expect } from "./fixtures";
