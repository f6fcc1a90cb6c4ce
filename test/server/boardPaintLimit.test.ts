import { describe, expect, it } from "vitest";
import { BOARD_PAINT_MARK } from "../../shared/boardPaint";
import { pageWithHost } from "../helpers/pageWithHost";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const PAINTS = 5;
const server = serverForThisFile({
  clientDir: "dist",
  limits: { paintsPerMinute: PAINTS, restWritesPerMinute: 100_000, restReadsPerMinute: 100_000 },
});

const painted = (html: string) => html.includes(`<fieldset class="first-paint" disabled ${BOARD_PAINT_MARK}>`);

describe("HTTP-7 LIMIT-9 rendering board paints is limited per address", () => {
  it("HTTP-7 LIMIT-9 an address that makes the server render paint after paint (a new Host each time) gets the loading page; paints already made still come", async () => {
    const { boardId } = await createBoard(server().url, "vernetzung", "Vernetzung Lausitz");
    const shown: boolean[] = [];
    for (let host = 0; host < PAINTS + 3; host++)
      shown.push(painted(await pageWithHost(server().url, `/b/${boardId}`, `h${host}.example`)));
    expect(shown).toEqual([...Array(PAINTS).fill(true), false, false, false]);
    // Paints already made cost no rendering: they still come, to this address too.
    expect(painted(await pageWithHost(server().url, `/b/${boardId}`, "h0.example"))).toBe(true);
    // The page itself is served; only its paint is the loading page (HTTP-6).
    const refused = await pageWithHost(server().url, `/b/${boardId}`, "h99.example");
    expect(refused).toContain('<div id="root">');
    expect(refused).toContain('class="first-paint"');
  });
});
