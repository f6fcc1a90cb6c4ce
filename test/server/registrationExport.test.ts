import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { meetingAddOp } from "../helpers/fixtures";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

const meeting: Op = meetingAddOp({ capacity: 2 });

async function boardWithRegistrations() {
  const { boardId, moderatorKey } = await createBoard(server().url);
  const mod = await connected(rawClient(server().url));
  await join(mod, { boardId, since: null, moderatorKey });
  expect(await sendOp(mod, "op-exp-00001", meeting)).toMatchObject({ ok: true });
  const people = [
    ["reg-exp-0001", "Jörg Müller; Vorstand", "joerg@example.org"],
    ["reg-exp-0002", 'Ada "die Erste"', "ada@example.org"],
    ["reg-exp-0003", '=HYPERLINK("http://evil.example")', "eve@example.org"],
  ];
  for (const [registrationId, name, email] of people) {
    const person = await connected(rawClient(server().url));
    await join(person, { boardId, since: null });
    const op: Op = { type: "registration.add", registrationId, meetingId: "meet-0124", name, email };
    expect(await sendOp(person, `op-${registrationId}`, op)).toMatchObject({ ok: true });
    person.close();
  }
  mod.close();
  return { boardId, moderatorKey };
}

const exportOf = (boardId: string, headers: Record<string, string>, meetingId = "meet-0124") =>
  fetch(`${server().url}/api/boards/${boardId}/meetings/${meetingId}/registrations.csv`, { headers });

describe("the registrations export (MEET-5)", () => {
  it("MEET-5 gives moderators a CSV of a meeting's registrations that spreadsheets read right, and nobody else", async () => {
    const { boardId, moderatorKey } = await boardWithRegistrations();
    const response = await exportOf(boardId, { "X-Moderator-Key": moderatorKey });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("Name;E-Mail;Status;Angemeldet am");
    // Quoted where a value holds the delimiter or quotes; a formula is kept as text; places first.
    expect(lines[1]).toMatch(/^"Jörg Müller; Vorstand";joerg@example\.org;angemeldet;\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(lines[2]).toMatch(/^"Ada ""die Erste""";ada@example\.org;angemeldet;/);
    expect(lines[3]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example""\)";eve@example\.org;Warteliste;/);
    expect(lines).toHaveLength(4);

    const english = await (
      await exportOf(boardId, { "X-Moderator-Key": moderatorKey, "Accept-Language": "en-GB,en;q=0.9" })
    ).text();
    // (text() drops the byte order mark.)
    expect(english.split("\r\n")[0]).toBe("Name,Email,Status,Registered at");

    const refusedHeaders: Record<string, string>[] = [{}, { "X-Moderator-Key": "x".repeat(43) }];
    for (const headers of refusedHeaders) {
      const refused = await exportOf(boardId, headers);
      expect(refused.status).toBe(403);
      expect(await refused.text()).not.toContain("example.org");
    }
    expect((await exportOf(boardId, { "X-Moderator-Key": moderatorKey }, "meet-gone1")).status).toBe(404);
  });

  it("EXP-5 EXP-6 a line break in a name starts no row: 15 registrations are 15 rows, no cell line is a formula", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const mod = await connected(rawClient(server().url));
    await join(mod, { boardId, since: null, moderatorKey });
    expect(await sendOp(mod, "op-exp-00002", meetingAddOp({ capacity: null }))).toMatchObject({ ok: true });
    const breaks = ["\n", "\r", "\r\n", "\u2028", "\u0085"];
    for (let index = 0; index < 15; index += 1) {
      const name = `Person ${index}${breaks[index % breaks.length]}=cmd|' /C calc'!A0`;
      const op: Op = {
        type: "registration.add",
        registrationId: `reg-row-${index}00`,
        meetingId: "meet-0124",
        name,
        email: "x@example.org",
      };
      const person = await connected(rawClient(server().url));
      await join(person, { boardId, since: null });
      expect(await sendOp(person, `op-row-${index}0000`, op)).toMatchObject({ ok: true });
      person.close();
    }
    mod.close();
    const text = await (await exportOf(boardId, { "X-Moderator-Key": moderatorKey })).text();
    // Read as a lenient spreadsheet does: any line break outside quotes ends a row.
    const rows: string[][] = parse(text, {
      delimiter: ";",
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
    });
    expect(rows).toHaveLength(16);
    for (const row of rows) {
      expect(row).toHaveLength(4);
      for (const cell of row) for (const line of cell.split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
