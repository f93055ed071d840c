import { test, expect } from "./tasks-fixtures";

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

  test("every page fits the width of the screen, before and after the member connects", async ({ page, tasks, shell, wallet }) => {
    // Twenty-eight page loads and a connect: more than the default minute on a busy machine.
    test.setTimeout(180_000);
    await tasks.votersAndValidators();
    const projectId = await tasks.activeProject([10_000]);
    const paths = ["/", "/tokens", "/sale", "/participants", "/projects", `/projects/${projectId}`, `/projects/${projectId}/tasks/0`, "/projects/new", "/identity", "/governance", "/me", "/nodes", "/nodes/new", "/operator"];
    const overflowing = async ({ connected }: { connected: boolean }) => {
      const failures: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        // Connected, every wallet island renders its forms: measure those, not their placeholders.
        if (connected) await expect(page.locator(".animate-pulse")).toHaveCount(0);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        if (scrollWidth > innerWidth) failures.push(`${path}: ${scrollWidth}px wide on a ${innerWidth}px screen`);
      }
      return failures;
    };

    expect(await overflowing({ connected: false })).toEqual([]);
    await page.goto("/");
    await shell.connect(wallet.address);
    expect(await overflowing({ connected: true })).toEqual([]);
  });
});
