import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildCalendar, escapeText, foldLine, formatNegativeDuration, formatUtcDateTime } from "./ics";

const octets = (line: string) => new TextEncoder().encode(line).length;

/** Unfolds content lines as a reader does (RFC 5545 §3.1): CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("ics text and values", () => {
  it("escapes backslash, semicolon, comma and every kind of newline", () => {
    assert.equal(escapeText("a\\b;c,d\ne\r\nf\rg"), "a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });

  it("writes UTC date-times in the basic form with a Z", () => {
    assert.equal(formatUtcDateTime(0), "19700101T000000Z");
    assert.equal(formatUtcDateTime(1_796_300_000n), "20261203T121320Z");
  });

  it("writes negative durations for alarms", () => {
    assert.equal(formatNegativeDuration(86_400), "-P1D");
    assert.equal(formatNegativeDuration(3_600), "-PT1H");
    assert.equal(formatNegativeDuration(90_061), "-P1DT1H1M1S");
    assert.equal(formatNegativeDuration(0), "PT0S");
    assert.throws(() => formatNegativeDuration(-1));
  });
});

describe("ics line folding", () => {
  it("leaves a line of 75 octets alone and folds a longer one into parts of at most 75 octets", () => {
    const exact = `SUMMARY:${"x".repeat(67)}`;
    assert.equal(foldLine(exact), exact);
    const long = `DESCRIPTION:${"y".repeat(200)}`;
    const folded = foldLine(long);
    const parts = folded.split("\r\n");
    assert.ok(parts.length > 2);
    for (const part of parts) assert.ok(octets(part) <= 75, `${octets(part)} octets`);
    for (const part of parts.slice(1)) assert.ok(part.startsWith(" "));
    assert.equal(unfold(folded), long);
  });

  it("never splits a multi-octet UTF-8 character", () => {
    const long = `SUMMARY:${"€ü".repeat(40)}`;
    const folded = foldLine(long);
    for (const part of folded.split("\r\n")) {
      assert.ok(octets(part) <= 75);
      assert.ok(!part.includes("\uFFFD"));
    }
    assert.equal(unfold(folded), long);
  });
});

describe("buildCalendar", () => {
  const calendar = buildCalendar(
    [
      {
        uid: "review:7.0xabc.31337@scipio",
        start: 1_796_298_200n,
        end: 1_796_300_000n,
        summary: "Deadline: Review expense #7, period 2; now",
        description: "Line one\nLine two, with a comma",
        url: "http://127.0.0.1:3000/reviews/7",
        alarms: [
          { secondsBefore: 86_400, relatedToEnd: true, description: "In a day" },
          { secondsBefore: 3_600, relatedToEnd: true, description: "In an hour" },
        ],
      },
      { uid: "claim:1.0xabc.31337@scipio", start: 1_796_400_000, end: 1_796_401_800, summary: "Opens: claim" },
    ],
    { productId: "-//Scipio//Deadlines//EN", name: "Scipio deadlines", stamp: 1_796_000_000 },
  );

  it("ends every line with CRLF and has no bare LF or overlong line", () => {
    assert.ok(calendar.endsWith("\r\n"));
    const lines = calendar.slice(0, -2).split("\r\n");
    for (const line of lines) {
      assert.ok(!line.includes("\n") && !line.includes("\r"), JSON.stringify(line));
      assert.ok(octets(line) <= 75);
    }
  });

  it("wraps the events in a VCALENDAR with version, product and method", () => {
    const lines = unfold(calendar).split("\r\n");
    assert.deepEqual(lines.slice(0, 6), ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Scipio//Deadlines//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Scipio deadlines"]);
    assert.equal(lines.at(-2), "END:VCALENDAR");
    assert.equal(lines.filter((line) => line === "BEGIN:VEVENT").length, 2);
    assert.equal(lines.filter((line) => line === "END:VEVENT").length, 2);
  });

  it("writes each event's UID, stamp, UTC times, escaped text, URL and alarms", () => {
    const text = unfold(calendar);
    const first = text.slice(text.indexOf("BEGIN:VEVENT"), text.indexOf("END:VEVENT"));
    assert.match(first, /\r\nUID:review:7\.0xabc\.31337@scipio\r\n/);
    assert.match(first, /\r\nDTSTAMP:20261130T005320Z\r\n/);
    assert.match(first, /\r\nDTSTART:20261203T114320Z\r\n/);
    assert.match(first, /\r\nDTEND:20261203T121320Z\r\n/);
    assert.match(first, /\r\nSUMMARY:Deadline: Review expense #7\\, period 2\\; now\r\n/);
    assert.match(first, /\r\nDESCRIPTION:Line one\\nLine two\\, with a comma\r\n/);
    assert.match(first, /\r\nURL:http:\/\/127\.0\.0\.1:3000\/reviews\/7\r\n/);
    assert.equal((first.match(/BEGIN:VALARM\r\nACTION:DISPLAY\r\n/g) ?? []).length, 2);
    assert.match(first, /\r\nTRIGGER;RELATED=END:-P1D\r\n/);
    assert.match(first, /\r\nTRIGGER;RELATED=END:-PT1H\r\n/);
  });

  it("refuses an event that ends before it starts, and a URL with a line break", () => {
    assert.throws(() => buildCalendar([{ uid: "x", start: 10, end: 5, summary: "s" }], { productId: "p", stamp: 0 }), RangeError);
    assert.throws(() => buildCalendar([{ uid: "x", start: 1, end: 5, summary: "s", url: "http://a/\r\nX:y" }], { productId: "p", stamp: 0 }));
  });

  it("writes an empty calendar when there is no deadline", () => {
    assert.equal(buildCalendar([], { productId: "p", stamp: 0 }), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:p\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n");
  });
});
