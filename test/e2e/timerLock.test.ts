import { describe, expect, it } from "vitest";
import { createBoard } from "../helpers/testServer";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

interface LockedSettings {
  type: string;
  boardLock?: { lockAt: number | null } | null;
}
interface TimerRecord {
  type: string;
  endsAt: number;
}

describe.skipIf(!hasChromium)("locking the board when the timer ends, in Chromium (MOD-4, TIMER-1)", () => {
  const session = browserSessionForThisFile();

  it("MOD-4 TIMER-1 a moderator starts a timer with 'lock the board when the time is up': the lock is planned for the timer's end and participants are told when", async () => {
    const board = await createBoard(session.server.url, "empty", "Werkstatt");
    const { page: moderator } = await session.openBoard(board.moderatorUrl, { width: 375, height: 740 });
    const { page: participant } = await session.openBoard(board.participantUrl);

    await moderator.getByRole("button", { name: "Timer & Projektor" }).click();
    await moderator.getByLabel("Minuten").fill("10");
    await moderator.getByLabel("Wand sperren, wenn die Zeit um ist").check();
    await moderator.getByRole("button", { name: "Timer starten" }).click();
    await moderator.getByTestId("timer").waitFor();

    // The server holds the lock, timed at the timer's end by its own clock.
    await expect
      .poll(async () => {
        const response = await fetch(`${session.server.url}/api/boards/${board.boardId}`);
        const { records } = (await response.json()) as { records: (LockedSettings | TimerRecord)[] };
        const timer = records.find((record): record is TimerRecord => record.type === "timer");
        const settings = records.find((record): record is LockedSettings => record.type === "moderationSettings");
        const lockAt = settings?.boardLock?.lockAt ?? null;
        return timer && lockAt !== null ? Math.abs(lockAt - timer.endsAt) : null;
      })
      .toBeLessThan(5_000);
    // The participant reads when the board locks; nothing is locked yet, so they still post.
    await participant.getByText(/Die Themenwand wird um \d\d?:\d\d Uhr gesperrt\./).waitFor();

    // Without the option, a timer plans no lock.
    const other = await createBoard(session.server.url, "empty", "Ohne Sperre");
    const { page: second } = await session.openBoard(other.moderatorUrl);
    await second.getByRole("button", { name: "Timer & Projektor" }).click();
    await second.getByLabel("Minuten").fill("10");
    await second.getByRole("button", { name: "Timer starten" }).click();
    await second.getByTestId("timer").waitFor();
    const recordsOf = async (boardId: string) => {
      const response = await fetch(`${session.server.url}/api/boards/${boardId}`);
      return ((await response.json()) as { records: LockedSettings[] }).records;
    };
    // Both ops would leave one after the other: once the server holds the timer, a lock would be there too.
    await expect
      .poll(async () => (await recordsOf(other.boardId)).some((record) => record.type === "timer"))
      .toBe(true);
    const records = await recordsOf(other.boardId);
    expect(records.find((record) => record.type === "moderationSettings")?.boardLock ?? null).toBeNull();
  });
});
