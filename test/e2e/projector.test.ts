import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newId } from "../../shared/ids";
import { createBoard } from "../helpers/testServer";
import { hasChromium } from "./browser";
import { browserSessionForThisFile } from "./session";

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

const SEVEN_COLUMNS = [
  "Nachhaltigkeit und Klimaschutz vor Ort",
  "Mobilität",
  "Bildung und Schulen",
  "Gesundheitsversorgung",
  "Digitalisierung der Verwaltung",
  "Kultur und Ehrenamt",
  "Wohnen",
];

const CARD_TITLES = ["Radwege sicherer machen", "Bürgerbus am Wochenende", "Solardächer auf Schulen"];

/** A board of seven columns with three cards each, made through the REST API (API-5). */
async function sevenColumnBoard(url: string) {
  const board = await createBoard(url, "empty", "Zukunftswerkstatt");
  const post = (op: Record<string, unknown>) =>
    fetch(`${url}/api/boards/${board.boardId}/ops`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-moderator-key": board.moderatorKey },
      body: JSON.stringify({ op }),
    }).then((response) => expect(response.status, JSON.stringify(op)).toBeLessThan(300));
  const columnIds: string[] = [];
  for (const [index, title] of SEVEN_COLUMNS.entries()) {
    const columnId = newId();
    columnIds.push(columnId);
    await post({ type: "column.add", columnId, title, description: "", rank: `a${index}` });
    for (const [cardIndex, cardTitle] of CARD_TITLES.entries()) {
      await post({
        type: "card.add",
        cardId: newId(),
        columnId,
        rank: `a${cardIndex}`,
        authorName: null,
        content: { kind: "topic", title: cardTitle, body: "", link: null },
      });
    }
  }
  return { ...board, columnIds };
}

/** PROJ-3: every column inside the viewport, no scrolling either way, no title or card text clipped, and type large enough to read. */
async function wholeBoardFits(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const height = window.innerHeight;
    const root = document.documentElement;
    const columns = [...document.querySelectorAll<HTMLElement>('[data-testid="projector-column"]')];
    const outside = columns
      .map((column) => column.getBoundingClientRect())
      .filter((box) => box.left < 0 || box.top < 0 || box.right > width || box.bottom > height);
    const texts = [
      ...document.querySelectorAll<HTMLElement>(".projector-column-title, [data-testid='projector-card']"),
    ];
    const clipped = texts
      .filter((text) => text.scrollWidth > text.clientWidth || text.scrollHeight > text.clientHeight + 1)
      .map((text) => text.textContent);
    const hidden = texts
      .filter((text) => {
        const box = text.getBoundingClientRect();
        return box.bottom > height || box.right > width;
      })
      .map((text) => text.textContent);
    // A word cut in two lies on two lines: two boxes for its range.
    const brokenWords: string[] = [];
    for (const text of texts) {
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? "").matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if (range.getClientRects().length > 1) brokenWords.push(match[0]);
        }
      }
    }
    const titleSizes = [...document.querySelectorAll<HTMLElement>(".projector-column-title")].map((title) =>
      Number.parseFloat(getComputedStyle(title).fontSize),
    );
    return {
      columns: columns.length,
      outside: outside.length,
      sideways: root.scrollWidth - width,
      down: root.scrollHeight - height,
      clipped,
      hidden,
      brokenWords,
      smallestTitle: Math.min(...titleSizes),
    };
  });
}

describe.skipIf(!hasChromium)("timer, follow me and the projector page in Chromium (TIMER-1..3, PROJ-1..4)", () => {
  const session = browserSessionForThisFile();

  it("TIMER-1 TIMER-2 TIMER-3 PROJ-1 PROJ-2 PROJ-3 PROJ-4 the moderator starts the timer and focuses a column; projectors (one with a clock 7 minutes behind) follow, show the timer by the server's clock and fit seven columns at 1920×1080 and 1280×720", async () => {
    const board = await sevenColumnBoard(session.server.url);
    const { page: moderator, context: moderatorContext } = await session.openBoard(board.moderatorUrl);

    // The stage tools: the timer for five minutes.
    await moderator.getByRole("button", { name: "Timer & Projektor" }).click();
    await moderator.getByLabel("Minuten").fill("5");
    await moderator.getByRole("button", { name: "Timer starten" }).click();
    const moderatorTimer = moderator.getByTestId("timer");
    await moderatorTimer.waitFor();
    expect(await moderatorTimer.getAttribute("data-status")).toBe("running");
    expect(Number(await moderatorTimer.getAttribute("data-seconds"))).toBeGreaterThan(240);
    // TIMER-3: the start is announced once, in the page's live region; the clock itself is no live region.
    await expect
      .poll(() => moderator.getByTestId("announcer").textContent())
      .toMatch(/^Timer gestartet: noch [45]:\d\d\.$/);
    expect(await moderatorTimer.getByRole("timer").count()).toBe(1);
    expect(await moderatorTimer.locator("[aria-live]").count()).toBe(0);
    expect(await axeViolations(moderator)).toEqual([]);

    // Everyone's board header shows it.
    const { page: participant } = await session.openBoard(board.participantUrl);
    const participantTimer = participant.getByTestId("timer");
    await participantTimer.waitFor();
    expect(await participantTimer.getAttribute("data-status")).toBe("running");
    expect(Number(await participantTimer.getAttribute("data-seconds"))).toBeLessThanOrEqual(300);
    expect(await participant.getByRole("button", { name: "Timer & Projektor" }).count()).toBe(0);

    // PROJ-2: opened from the board, in the moderator's own browser: it joins as a participant.
    const sentKeys: string[] = [];
    moderatorContext.on("request", (request) => {
      if (request.url().includes("/projector") || request.url().includes("/api/boards/")) {
        const key = request.headers()["x-moderator-key"];
        if (key && request.frame()?.url().includes("/projector")) sentKeys.push(request.url());
      }
    });
    moderatorContext.on("page", (opened) =>
      opened.on("websocket", (socket) =>
        socket.on("framesent", (frame) => {
          if (String(frame.payload).includes("moderatorKey")) sentKeys.push(String(frame.payload).slice(0, 80));
        }),
      ),
    );
    const [ownProjector] = await Promise.all([
      moderatorContext.waitForEvent("page"),
      moderator.getByRole("link", { name: "Projektor-Ansicht" }).click(),
    ]);
    await ownProjector.getByTestId("projector-presence").waitFor({ timeout: 15_000 });
    expect(ownProjector.url()).toBe(`${session.server.url}/b/${board.boardId}/projector`);

    // A projector whose clock is seven minutes behind the server's.
    const projectorContext = await session.openContext({ width: 1920, height: 1080 });
    const projector = await projectorContext.newPage();
    await projector.clock.install({ time: Date.now() - 7 * 60_000 });
    await projector.goto(`${session.server.url}/b/${board.boardId}/projector`);
    await projector.getByTestId("projector-presence").waitFor({ timeout: 15_000 });
    const pageBehind = Date.now() - (await projector.evaluate(() => Date.now()));
    expect(pageBehind).toBeGreaterThan(6 * 60_000);
    const projectorTimer = projector.getByTestId("timer");
    await projectorTimer.waitFor();
    // By its own clock 12 minutes would be left; by the server's, under five.
    await expect
      .poll(async () => Number(await projectorTimer.getAttribute("data-seconds")), { timeout: 10_000 })
      .toBeLessThanOrEqual(300);
    expect(Number(await projectorTimer.getAttribute("data-seconds"))).toBeGreaterThan(200);
    expect(await projectorTimer.getAttribute("data-status")).toBe("running");
    expect(await projector.getByTestId("qr-code").getAttribute("aria-label")).toContain(`/b/${board.boardId}`);
    expect(await projector.getByTestId("qr-code").getAttribute("aria-label")).not.toContain("key");

    // PROJ-1: "follow me": the moderator puts a column in focus, the projectors follow.
    await moderator.getByLabel("Auf dem Projektor zeigen").selectOption({ label: "Mobilität" });
    const mobility = `column:${board.columnIds[1]}`;
    await expect.poll(() => projector.getByTestId("projector").getAttribute("data-focus")).toBe(mobility);
    await expect.poll(() => ownProjector.getByTestId("projector").getAttribute("data-focus")).toBe(mobility);
    expect(await projector.getByTestId("projector-focus").getByRole("heading", { level: 2 }).textContent()).toBe(
      "Mobilität",
    );
    expect(await projector.getByTestId("projector-focus").getByTestId("projector-card").count()).toBe(3);
    expect(await axeViolations(projector)).toEqual([]);

    // Back to the whole board: seven columns readable at once, at 1920×1080 and at 1280×720.
    await moderator.getByLabel("Auf dem Projektor zeigen").selectOption({ label: "Die ganze Wand" });
    await expect.poll(() => projector.getByTestId("projector").getAttribute("data-focus")).toBe("");
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ]) {
      await projector.setViewportSize({ width, height });
      // Once the titles have been fitted to the new size (a resize observer, a frame or two later).
      await expect
        .poll(() => wholeBoardFits(projector), { message: `${width}×${height}` })
        .toMatchObject({
          columns: 7,
          outside: 0,
          sideways: 0,
          down: 0,
          clipped: [],
          hidden: [],
          brokenWords: [],
        });
      const fit = await wholeBoardFits(projector);
      expect(fit.smallestTitle, `${width}×${height}`).toBeGreaterThanOrEqual(16);
      expect(await axeViolations(projector), `${width}×${height}`).toEqual([]);
    }

    // Pausing reaches the projector as a pause, by the same server clock.
    await moderator.getByRole("button", { name: "Pausieren" }).click();
    await expect.poll(() => projectorTimer.getAttribute("data-status")).toBe("paused");
    await moderator.getByRole("button", { name: "Timer beenden" }).click();
    await expect.poll(() => projector.getByTestId("timer").count()).toBe(0);

    expect(sentKeys).toEqual([]);
  }, 240_000);

  it("TIMER-1 PROJ-1 PROJ-4 at 375 px the moderator's timer and focus controls fit the screen, work by keyboard and have no axe violations", async () => {
    const board = await sevenColumnBoard(session.server.url);
    const { page } = await session.openBoard(board.moderatorUrl, { width: 375, height: 740 });
    const opener = page.getByRole("button", { name: "Timer & Projektor" });
    await opener.focus();
    await page.keyboard.press("Enter");
    expect(await opener.getAttribute("aria-expanded")).toBe("true");
    const minutes = page.getByLabel("Minuten");
    await minutes.fill("0");
    await page.getByRole("button", { name: "Timer starten" }).click();
    // Refused in the form, in words, before any op.
    expect(await page.getByText("Eine ganze Zahl von 1 bis 360.").count()).toBe(1);
    expect(await page.getByTestId("timer").count()).toBe(0);
    await minutes.fill("10");
    await minutes.press("Enter");
    await page.getByTestId("timer").waitFor();
    await page.getByRole("button", { name: "+5 Min." }).click();
    await expect
      .poll(async () => Number(await page.getByTestId("timer").getAttribute("data-seconds")))
      .toBeGreaterThan(600);
    const picker = page.getByLabel("Auf dem Projektor zeigen");
    await picker.focus();
    await picker.selectOption({ label: "Wohnen" });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const control of [
      page.getByTestId("stage-menu"),
      page.getByRole("button", { name: "Pausieren" }),
      page.getByRole("button", { name: "Timer beenden" }),
      picker,
      page.getByRole("link", { name: "Projektor-Ansicht" }),
    ]) {
      const box = await control.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 375, String(control)).toBe(true);
    }
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);

  it("PROJ-2 a projector opened in a moderator's browser with an unsent moderator op neither sends that op as a participant nor drops it", async () => {
    const board = await createBoard(session.server.url, "stammtisch", "Plenum");
    const opId = newId();
    const opKey = `themenwand:op:${board.boardId}:${opId}`;
    const context = await session.openContext();
    // The moderator's tab went offline with a start of the timer still unsent, and closed.
    await context.addInitScript(
      ({ boardId, moderatorKey, opKey, stored }) => {
        if (window.localStorage.getItem("themenwand:projector-test")) return;
        window.localStorage.setItem("themenwand:projector-test", "1");
        window.localStorage.setItem(`themenwand:moderatorKey:${boardId}`, moderatorKey);
        window.localStorage.setItem(opKey, stored);
      },
      {
        boardId: board.boardId,
        moderatorKey: board.moderatorKey,
        opKey,
        stored: JSON.stringify({ opId, op: { type: "timer.start", seconds: 60 }, seq: 1 }),
      },
    );
    const projector = await context.newPage();
    const sentOps: string[] = [];
    projector.on("websocket", (socket) =>
      socket.on("framesent", (frame) => {
        const payload = String(frame.payload);
        if (/^42\d*\["op"/.test(payload) || payload.includes("moderatorKey")) sentOps.push(payload.slice(0, 80));
      }),
    );
    await projector.goto(`${session.server.url}/b/${board.boardId}/projector`);
    // Online: the join was answered, after which a page sends what its outbox holds.
    await projector.getByTestId("projector-presence").waitFor({ timeout: 15_000 });
    expect(sentOps).toEqual([]);
    expect(await projector.evaluate((key) => window.localStorage.getItem(key), opKey)).not.toBeNull();
    const snapshot = (await (await fetch(`${session.server.url}/api/boards/${board.boardId}`)).json()) as {
      records: { type: string }[];
    };
    expect(snapshot.records.filter((record) => record.type === "timer")).toEqual([]);
  });

  it("PROJ-1 PROJ-2 PROJ-4 a working group and a meeting in focus show large on the projector, the meeting without its online link", async () => {
    const board = await createBoard(session.server.url, "stammtisch", "Plenum");
    const post = (op: Record<string, unknown>) =>
      fetch(`${session.server.url}/api/boards/${board.boardId}/ops`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-moderator-key": board.moderatorKey },
        body: JSON.stringify({ op }),
      }).then((response) => expect(response.status, JSON.stringify(op)).toBeLessThan(300));
    const groupId = newId();
    const meetingId = newId();
    const onlineLink = "https://meet.example.org/geheim-7f3a";
    await post({
      type: "group.create",
      groupId,
      name: "AG Wärmewende",
      description: "Wärmeplanung in der Gemeinde",
      conveners: ["Clara Convener"],
      topicCardIds: [],
      clusterId: null,
      convenerKeyHash: "a".repeat(64),
    });
    await post({
      type: "meeting.add",
      meetingId,
      theme: "Energiegenossenschaften",
      description: "",
      date: "2031-03-12",
      startTime: "18:00",
      endTime: "20:00",
      place: "Rathaus",
      onlineLink,
      slots: 3,
      registration: "open",
      capacity: null,
      themeCardId: null,
    });
    await post({ type: "focus.set", target: { kind: "group", id: groupId } });
    const context = await session.openContext({ width: 1280, height: 720 });
    const projector = await context.newPage();
    await projector.goto(`${session.server.url}/b/${board.boardId}/projector`);
    const focus = projector.getByTestId("projector-focus");
    await expect.poll(() => focus.getByRole("heading", { level: 2 }).textContent()).toBe("AG Wärmewende");
    expect(await focus.textContent()).toContain("Clara Convener");
    expect(await axeViolations(projector)).toEqual([]);

    await post({ type: "focus.set", target: { kind: "meeting", id: meetingId } });
    await expect.poll(() => focus.getByRole("heading", { level: 2 }).textContent()).toBe("Energiegenossenschaften");
    expect(await focus.textContent()).toContain("18:00–20:00 Uhr · Rathaus");
    expect(await projector.content()).not.toContain("geheim-7f3a");
    expect(await axeViolations(projector)).toEqual([]);

    // A focus whose record is gone shows the whole board.
    await post({ type: "meeting.remove", meetingId });
    await projector.getByTestId("projector-columns").waitFor();
  });
});
