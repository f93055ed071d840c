import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell";

export type CalendarEventLines = { uid: string; summary: string; dtstart: string; dtend: string; url: string; alarms: string[] };

/** The operations to-dos as /operator, /me and the overview show them, and the calendar file they offer. */
export class OperationsTodosPanel extends AppShell {
  readonly panel: Locator;
  readonly items: Locator;
  readonly calendarLink: Locator;

  constructor(page: Page) {
    super(page);
    this.panel = page.getByTestId("operations-todos");
    this.items = this.panel.getByTestId("operations-todo");
    this.calendarLink = this.panel.getByRole("link", { name: "Download calendar (.ics)" });
  }

  async gotoDashboard(account: string) {
    await this.page.goto(`/operator?account=${account}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Operator dashboard" })).toBeVisible();
  }

  async gotoMe() {
    await this.page.goto("/me");
    await expect(this.page.getByTestId("me-page")).toBeVisible();
  }

  /** Each listed to-do's kind, deadline (chain seconds) and overdue mark, in the order shown. */
  async listed(): Promise<{ kind: string; deadline: bigint; overdue: boolean; title: string; href: string }[]> {
    return this.items.evaluateAll((items) =>
      items.map((item) => ({
        kind: item.getAttribute("data-kind") ?? "",
        deadline: item.getAttribute("data-deadline") ?? "",
        overdue: item.getAttribute("data-overdue") === "true",
        title: item.querySelector("a")?.textContent ?? "",
        href: item.querySelector("a")?.getAttribute("href") ?? "",
      })),
    ).then((rows) => rows.map((row) => ({ ...row, deadline: BigInt(row.deadline) })));
  }

  /** Downloads the .ics through the link and returns its text. */
  async downloadCalendar(): Promise<{ text: string; filename: string }> {
    return downloadText(this.page, this.calendarLink);
  }

  /** The listed to-do of `kind`'s own "Add to calendar" link. */
  itemCalendarLink(kind: string): Locator {
    return this.panel.locator(`[data-testid="operations-todo"][data-kind="${kind}"]`).getByRole("link", { name: /^Add to calendar/ });
  }
}

/** Clicks a download link (a route's attachment or a `data:` URL) and returns the file's text and suggested name. */
export async function downloadText(page: Page, link: Locator): Promise<{ text: string; filename: string }> {
  const download = page.waitForEvent("download");
  await link.click();
  const file = await download;
  return { text: await readFile(await file.path(), "utf8"), filename: file.suggestedFilename() };
}

/** The VEVENTs of an iCalendar text, unfolded (RFC 5545 §3.1). */
export function calendarEvents(text: string): CalendarEventLines[] {
  const unfolded = text.replace(/\r\n[ \t]/g, "");
  return [...unfolded.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT\r\n/g)].map(([, body]) => {
    const lines = body!.split("\r\n");
    const value = (name: string) => lines.find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1) ?? "";
    return {
      uid: value("UID"),
      summary: value("SUMMARY"),
      dtstart: value("DTSTART"),
      dtend: value("DTEND"),
      url: value("URL"),
      alarms: lines.filter((line) => line.startsWith("TRIGGER")),
    };
  });
}

/** A chain timestamp as an iCalendar UTC date-time, computed independently of the app. */
export function icsUtc(seconds: bigint): string {
  const d = new Date(Number(seconds) * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}
