import { test as base } from "./fixtures";
import { IdentityPage } from "./pages/identity-page";
import { ProjectPage } from "./pages/project-page";
import { ProposePage } from "./pages/propose-page";
import { Community } from "./support/community";

/** The shared fixtures plus the Distribute screens and the community acting on the chain. */
export const test = base.extend<{
  community: Community;
  identityPage: IdentityPage;
  proposePage: ProposePage;
  projectPage: ProjectPage;
}>({
  community: async ({ chain }, use) => {
    await use(new Community(chain));
  },
  identityPage: async ({ page, wallet }, use) => {
    void wallet;
    await use(new IdentityPage(page));
  },
  proposePage: async ({ page, wallet }, use) => {
    void wallet;
    await use(new ProposePage(page));
  },
  projectPage: async ({ page, wallet }, use) => {
    void wallet;
    await use(new ProjectPage(page));
  },
});

export { expect } from "./fixtures";
