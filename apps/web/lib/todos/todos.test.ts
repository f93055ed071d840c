import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chainClockNote, deadlineCalendar, deadlineCalendarDataUrl, deadlineFileName, todosCalendar } from "./calendar";
import { invoiceTodos } from "./billing";
import { compensationTodos, formatEuro } from "./compensation";
import { consumptionTodos } from "./consumption";
import { disputeTodos } from "./disputes";
import { distributeTodos } from "./distribute";
import { drawTodos, reviewTodos, type ExpenseOnChain } from "./expenses";
import { reviewEnd, type PeriodClock } from "./period-clock";
import { isOverdue, parseTodos, serializeTodos, sortTodos, type Todo } from "./types";

const DAY = 86_400n;
const ME = "0x00000000000000000000000000000000000000Aa";
const OTHER = "0x00000000000000000000000000000000000000bb";
const ZERO = "0x0000000000000000000000000000000000000000";
/** Weekly periods from t = 1,000,000 with 2 days of grace and 3 of review (period 0 closable at day 12). */
const clock: PeriodClock = { genesis: 1_000_000n, periodLength: 7n * DAY, graceWindow: 2n * DAY, reviewWindow: 3n * DAY };
const answerWindow = 2n * DAY;

const expense = (over: Partial<ExpenseOnChain>): ExpenseOnChain => ({
  id: 1n,
  declarer: OTHER,
  period: 0n,
  status: 1,
  drawAnchor: 0n,
  reviewers: [
    { reviewer: ME.toLowerCase(), drawnAt: clock.genesis + DAY, verdict: 0 },
    { reviewer: "0x00000000000000000000000000000000000000c1", drawnAt: clock.genesis + DAY, verdict: 1 },
    { reviewer: "0x00000000000000000000000000000000000000c2", drawnAt: clock.genesis + DAY, verdict: 0 },
  ],
  ...over,
});

describe("period clock", () => {
  it("ends a period's review window after its length, grace and review", () => {
    assert.equal(reviewEnd(clock, 0n), clock.genesis + 12n * DAY);
    assert.equal(reviewEnd(clock, 2n), clock.genesis + 26n * DAY);
  });
});

describe("reviewTodos", () => {
  it("lists an unanswered seat of the account, due at its answer window's end when that comes first", () => {
    const [todo, ...rest] = reviewTodos(ME, [expense({})], clock, answerWindow, clock.genesis + 2n * DAY);
    assert.equal(rest.length, 0);
    assert.equal(todo!.href, "/reviews/1");
    assert.equal(todo!.kind, "review");
    assert.equal(todo!.deadline, clock.genesis + DAY + answerWindow);
  });

  it("is due at the review window's end when the answer window outlasts it", () => {
    const late = expense({ reviewers: [{ reviewer: ME, drawnAt: clock.genesis + 11n * DAY, verdict: 0 }] });
    assert.equal(reviewTodos(ME, [late], clock, answerWindow, clock.genesis + 11n * DAY)[0]!.deadline, reviewEnd(clock, 0n));
  });

  it("leaves out answered seats, decided expenses, the account's own expense and closed review windows", () => {
    const answered = expense({ reviewers: [{ reviewer: ME, drawnAt: clock.genesis, verdict: 2 }] });
    assert.deepEqual(reviewTodos(ME, [answered, expense({ status: 2 }), expense({ declarer: ME })], clock, answerWindow, clock.genesis), []);
    assert.deepEqual(reviewTodos(ME, [expense({})], clock, answerWindow, reviewEnd(clock, 0n)), []);
  });
});

describe("drawTodos", () => {
  it("lists the account's pending expense with vacant seats, due when its review window ends", () => {
    const vacant = expense({ declarer: ME, drawAnchor: 5n, reviewers: [0, 1, 2].map(() => ({ reviewer: ZERO, drawnAt: 0n, verdict: 0 })) });
    const [todo] = drawTodos(ME, [vacant], clock, answerWindow, clock.genesis);
    assert.equal(todo!.href, "/expenses");
    assert.equal(todo!.deadline, reviewEnd(clock, 0n));
    assert.match(todo!.title, /Draw the reviewers/);
  });

  it("lists a late reviewer to replace, and nothing for a fully drawn, timely review or someone else's expense", () => {
    const mine = expense({ declarer: ME, reviewers: [{ reviewer: OTHER, drawnAt: clock.genesis, verdict: 0 }] });
    assert.match(drawTodos(ME, [mine], clock, answerWindow, clock.genesis + 3n * DAY)[0]!.title, /Replace a late reviewer/);
    assert.deepEqual(drawTodos(ME, [mine], clock, answerWindow, clock.genesis + DAY), []);
    assert.deepEqual(drawTodos(ME, [expense({})], clock, answerWindow, clock.genesis), []);
  });
});

describe("consumptionTodos", () => {
  it("lists recorded (unvalidated) records until their review window ends", () => {
    const records = [
      { period: 0n, consumption: 6_000n, state: 1 },
      { period: 1n, consumption: 10n, state: 2 },
    ];
    const todos = consumptionTodos(records, clock, clock.genesis + DAY);
    assert.equal(todos.length, 1);
    assert.equal(todos[0]!.href, "/consumption");
    assert.equal(todos[0]!.deadline, reviewEnd(clock, 0n));
    assert.match(todos[0]!.detail, /6,000 GB/);
    assert.deepEqual(consumptionTodos(records, clock, reviewEnd(clock, 0n)), []);
  });
});

describe("compensationTodos", () => {
  const base = { period: 3n, kind: 0, amount: 0n, paid: 0n, net: 0n, claimable: 0n, recordingEndsAt: 5_000n };

  it("lists a recorded debt's remainder and an unrecorded negative net as debts due at the recording window's end", () => {
    const [recorded] = compensationTodos([{ ...base, kind: 1, amount: 500_000_000n, paid: 200_000_000n, net: -500_000_000n }], 4_000n);
    assert.equal(recorded!.kind, "settle");
    assert.equal(recorded!.title, "Settle your debt of period 3: €300.00");
    assert.equal(recorded!.href, "/compensation?period=3");
    assert.equal(recorded!.deadline, 5_000n);
    const [unrecorded] = compensationTodos([{ ...base, net: -1_250_000n }], 6_000n);
    assert.equal(unrecorded!.title, "Settle your debt of period 3: €1.25");
    assert.ok(isOverdue(unrecorded!, 6_000n));
  });

  it("says a credit's claim opens at the window's end, and lists what is claimable after it", () => {
    const [opens] = compensationTodos([{ ...base, kind: 2, amount: 9_000_000n, net: 9_000_000n }], 4_000n);
    assert.equal(opens!.deadlineKind, "opens");
    assert.ok(!isOverdue(opens!, 9_999n));
    const [claimable] = compensationTodos([{ ...base, kind: 2, amount: 9_000_000n, net: 9_000_000n, claimable: 4_500_000n }], 6_000n);
    assert.equal(claimable!.title, "Claim €4.50 of your credit of period 3");
    assert.deepEqual(compensationTodos([{ ...base, kind: 2, amount: 9_000_000n, paid: 9_000_000n, net: 9_000_000n }], 6_000n), []);
  });

  it("asks to record an unrecorded credit before the window ends, and lists nothing for a settled debt", () => {
    assert.match(compensationTodos([{ ...base, net: 1_000_000n }], 4_000n)[0]!.title, /^Record your credit/);
    assert.deepEqual(compensationTodos([{ ...base, kind: 1, amount: 5n, paid: 5n, net: -5n }], 4_000n), []);
    assert.equal(formatEuro(-1_234_500_000n), "−€1,234.50");
    assert.equal(formatEuro(354_085_714n), "€354.085714");
    assert.equal(formatEuro(7n), "€0.000007");
  });
});

describe("disputeTodos", () => {
  const dispute = { id: 4n, opener: OTHER, respondent: ME, respondentExempt: false, stage: 0, status: 1, broughtByRespondent: false, deadline: 9_000n, resolvers: [ZERO, ZERO, ZERO] };

  it("asks the side that did not bring the stage to respond, never an exempt respondent", () => {
    assert.equal(disputeTodos(ME, [dispute], 1_000n)[0]!.kind, "dispute-respond");
    assert.deepEqual(disputeTodos(OTHER, [dispute], 1_000n), []);
    assert.deepEqual(disputeTodos(ME, [{ ...dispute, respondentExempt: true }], 1_000n), []);
    assert.equal(disputeTodos(OTHER, [{ ...dispute, stage: 1, broughtByRespondent: true }], 1_000n)[0]!.title, "Respond to dispute #4 (mediation)");
  });

  it("asks the stage's resolver to decide and either party to consider an appeal, but not after arbitration", () => {
    const deciding = { ...dispute, opener: OTHER, respondent: "0x00000000000000000000000000000000000000c3", status: 3, resolvers: [ME, ZERO, ZERO] };
    assert.equal(disputeTodos(ME, [deciding], 1_000n)[0]!.kind, "dispute-decide");
    assert.equal(disputeTodos(ME, [{ ...dispute, status: 4 }], 1_000n)[0]!.kind, "dispute-appeal");
    assert.deepEqual(disputeTodos(ME, [{ ...dispute, status: 4, stage: 2 }], 1_000n), []);
    assert.deepEqual(disputeTodos(ME, [dispute], 9_001n), []);
    assert.equal(disputeTodos(ME, [dispute], 1_000n)[0]!.href, "/disputes/4");
  });
});

describe("invoiceTodos", () => {
  it("lists ended periods without an invoice, due at the period's close", () => {
    const todos = invoiceTodos([{ period: 0n, invoiced: false }, { period: 1n, invoiced: true }, { period: 2n, invoiced: false }], clock, clock.genesis + 8n * DAY);
    assert.deepEqual(todos.map((todo) => [todo.id, todo.deadline]), [["invoice:0", reviewEnd(clock, 0n)]]);
    assert.equal(todos[0]!.href, "/billing");
  });
});

describe("distributeTodos", () => {
  const project = { id: 2n, proposer: OTHER, stage: 5, stageDeadline: 9_000n, tasks: [{ index: 0, status: 2, claimer: OTHER, deadline: 1n }], polls: { commitEnd: 5_000n, revealEnd: 8_000n } };

  it("lists an unrevealed vote due at the reveal window's end, on the task's page", () => {
    const [reveal, ...rest] = distributeTodos(ME, [project], { votes: [{ pollId: (2n << 8n) | 0n, revealed: false }], stakedIn: [], listsToBack: [] }, 4_000n);
    assert.equal(rest.length, 0);
    assert.deepEqual([reveal!.kind, reveal!.href, reveal!.deadline], ["reveal", "/projects/2/tasks/0", 8_000n]);
    assert.deepEqual(distributeTodos(ME, [project], { votes: [{ pollId: 2n << 8n, revealed: true }], stakedIn: [], listsToBack: [] }, 4_000n), []);
  });

  it("lists claimed tasks' evidence, lists to back and the stage deadline of projects the account is in", () => {
    const active = { ...project, id: 3n, stage: 3, polls: undefined, tasks: [{ index: 1, status: 1, claimer: ME, deadline: 7_000n }] };
    const staked = { ...project, id: 4n, stage: 2, polls: undefined, tasks: [] };
    const proposed = { ...project, id: 5n, stage: 1, proposer: ME, polls: undefined, tasks: [] };
    const todos = distributeTodos(ME, [active, staked, proposed, project], { votes: [], stakedIn: [4n, 2n], listsToBack: [4n] }, 1_000n);
    assert.deepEqual(
      todos.map((todo) => todo.id),
      ["evidence:3:1", "back-list:4", "stage:5:1", "stage:2:5"],
    );
  });
});

describe("sorting, overdue and the calendar", () => {
  const todo = (id: string, deadline: bigint, deadlineKind: Todo["deadlineKind"] = "due"): Todo => ({ id, kind: "review", title: id, href: `/x/${id}`, deadline, deadlineKind, detail: "d" });

  it("sorts by deadline and marks only due items past their deadline", () => {
    assert.deepEqual(sortTodos([todo("b", 20n), todo("a", 10n), todo("c", 10n)]).map((item) => item.id), ["a", "c", "b"]);
    assert.ok(isOverdue(todo("a", 10n), 10n));
    assert.ok(!isOverdue(todo("a", 10n), 9n));
    assert.ok(!isOverdue(todo("a", 10n, "opens"), 11n));
    assert.deepEqual(parseTodos(serializeTodos([todo("a", 10n)])), [todo("a", 10n)]);
  });

  it("writes one event per to-do ending at its deadline with a stable UID, alarms and the chain-time note", () => {
    const context = { account: ME, chainId: 31337, origin: "http://127.0.0.1:3000", chainNow: 2_000_000n, wallNow: 2_000_000n - 9n * DAY };
    const file = todosCalendar([todo("review:1", 1_796_300_000n), todo("claim:3", 1_796_400_000n, "opens")], context);
    const text = file.replace(/\r\n[ \t]/g, "");
    assert.equal((text.match(/\r\nBEGIN:VEVENT\r\n/g) ?? []).length, 2);
    assert.match(text, /\r\nUID:review:1\.0x00000000000000000000000000000000000000aa\.31337@scipio\r\n/);
    assert.match(text, /\r\nDTEND:20261203T121320Z\r\n/);
    assert.match(text, /\r\nDTSTART:20261203T114320Z\r\n/);
    assert.match(text, /\r\nDTSTART:20261204T160000Z\r\n/);
    assert.match(text, /\r\nURL:http:\/\/127\.0\.0\.1:3000\/x\/review:1\r\n/);
    assert.match(text, /9 d 0 h ahead of the wall clock/);
    assert.equal(file, todosCalendar([todo("review:1", 1_796_300_000n), todo("claim:3", 1_796_400_000n, "opens")], context));
    assert.match(chainClockNote({ chainNow: 100n, wallNow: 90n }), /matched the wall clock/);
  });

  it("writes one to-do alone as a one-event file with the whole export's UID and times", () => {
    const context = { account: ME, chainId: 31337, origin: "http://127.0.0.1:3000", chainNow: 1_796_000_000n, wallNow: 1_796_000_000n };
    const review = todo("review:7", 1_796_300_000n);
    const one = deadlineCalendar(review, context).replace(/\r\n[ \t]/g, "");
    const whole = todosCalendar([review, todo("claim:3", 1_796_400_000n, "opens")], context).replace(/\r\n[ \t]/g, "");
    assert.ok(one.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert.ok(one.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    assert.equal((one.match(/\r\nBEGIN:VEVENT\r\n/g) ?? []).length, 1);
    assert.match(one, /\r\nX-WR-CALNAME:Scipio: review:7\r\n/);
    const event = (text: string, uid: string) => text.slice(text.indexOf(`UID:${uid}`), text.indexOf("END:VEVENT", text.indexOf(`UID:${uid}`)));
    const uid = "review:7.0x00000000000000000000000000000000000000aa.31337@scipio";
    assert.equal(event(one, uid), event(whole, uid));
    assert.match(event(one, uid), /\r\nDTSTART:20261203T114320Z\r\nDTEND:20261203T121320Z\r\n/);
    assert.equal((one.match(/\r\nTRIGGER;RELATED=END:/g) ?? []).length, 2);
  });

  it("gives a deadline that is nobody's a UID without an account, and serves it as a base64 data: URL", () => {
    const context = { chainId: 31337, origin: "http://127.0.0.1:3000", chainNow: 1_796_000_000n, wallNow: 1_796_000_000n };
    const end = { id: "auction-end:4", title: "The end of auction #4 (IBT-SES27) — último día", href: "/auctions/4", deadline: 1_796_300_000n, deadlineKind: "due" as const, detail: "d" };
    const url = deadlineCalendarDataUrl(end, context);
    const prefix = "data:text/calendar;charset=utf-8;base64,";
    assert.ok(url.startsWith(prefix));
    const text = Buffer.from(url.slice(prefix.length), "base64").toString("utf8");
    assert.equal(text, deadlineCalendar(end, context));
    assert.match(text.replace(/\r\n[ \t]/g, ""), /\r\nUID:auction-end:4\.31337@scipio\r\n/);
    assert.match(text.replace(/\r\n[ \t]/g, ""), /último día/);
    assert.match(text, /\r\nDTEND:20261203T121320Z\r\n/);
    assert.match(text, /\r\nURL:http:\/\/127\.0\.0\.1:3000\/auctions\/4\r\n/);
    assert.equal(deadlineFileName("auction-end:4"), "scipio-auction-end-4.ics");
    assert.equal(deadlineFileName("review:7.seats-1-2-3"), "scipio-review-7-seats-1-2-3.ics");
    assert.equal(deadlineFileName(":::"), "scipio-deadline.ics");
  });
});
