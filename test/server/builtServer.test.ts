import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { connected, join as joinBoard, rawClient, sendOp, snapshotOfJoin, waitFor } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { freePort, startServerProcess } from "../helpers/serverProcess";
import { freshPostgresDatabase } from "../helpers/services/postgres";
import { cardsIn, columnsIn, createBoard } from "../helpers/testServer";

/**
 * The artefact `npm start` and the systemd unit run: dist-server/index.js, bundled by `npm run build`
 * (which `npm test` runs before vitest). The other process tests run the sources through tsx; this one
 * proves the bundle itself starts, serves the client and syncs.
 */
const BUNDLE = "dist-server/index.js";
const folder = mkdtempSync(join(tmpdir(), "themenwand-built-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the built server", () => {
  it("LOAD-1 runs from dist-server/index.js as npm start does: serves the client's index.html, creates a board, acknowledges a joined client's op, stops cleanly", {
    timeout: 60_000,
  }, async () => {
    expect(existsSync(BUNDLE), `${BUNDLE} is missing: run npm run build first`).toBe(true);
    const env = { PORT: await freePort(), DATABASE_PATH: join(folder, "board.db"), CLIENT_DIR: "dist" };
    const server = await startServerProcess(env, { run: "built" });
    const socket = rawClient(server.url);
    try {
      const page = await fetch(`${server.url}/`, { headers: { "accept-language": "de-DE" } });
      expect(page.status).toBe(200);
      // index.html, with the start page's code named before </head> (HTTP-5) and the start page's
      // first paint in #root (HTTP-6).
      const html = await page.text();
      const firstPaint = /<div id="root">(<fieldset class="first-paint" disabled>.*<\/fieldset>)<\/div>/s.exec(
        html,
      )?.[1];
      expect(firstPaint).toContain("Neue Themenwand anlegen");
      expect(html.replace(/(<link [^>]+>)+<\/head>/, "</head>").replace(firstPaint ?? "", "")).toBe(
        readFileSync("dist/index.html", "utf8"),
      );
      expect(html).toMatch(
        /<link rel="modulepreload" crossorigin fetchpriority="low" href="\/assets\/StartPage-[^"]+\.js">/,
      );

      const { boardId, snapshot } = await createBoard(server.url);
      const columnId = columnsIn(snapshot)[0].id;
      await connected(socket);
      const joined = await joinBoard(socket, { boardId, since: null });
      expect(joined.ok).toBe(true);
      expect(snapshotOfJoin(joined)?.revision).toBe(snapshot.revision);

      const answer = await sendOp(socket, "op-built-1", addCardOp("card-built-1", columnId, "a0", "Gebaut"));
      expect(answer).toMatchObject({ ok: true, committed: { revision: snapshot.revision + 1, opId: "op-built-1" } });
      const stored = await (await fetch(`${server.url}/api/boards/${boardId}`)).json();
      expect(cardsIn(stored).map((card) => card.id)).toEqual(["card-built-1"]);
    } finally {
      socket.close();
      await server.stop();
    }
    expect(server.exitCode()).toBe(0);
  });

  it("LOAD-1 names the TypeScript sources in stack traces (node --enable-source-maps) and bundles no package", async () => {
    // A setting refused at start (OPS-4's short admin token) ends the process with the error's stack.
    const refused = startServerProcess(
      { PORT: await freePort(), DATABASE_PATH: join(folder, "refused.db"), ADMIN_TOKEN: "short" },
      { run: "built" },
    );
    await expect(refused).rejects.toThrow(/server\/config\.ts:\d+:\d+/);

    const sourcesOf = (map: string) => (JSON.parse(readFileSync(map, "utf8")) as { sources: string[] }).sources;
    expect(sourcesOf(`${BUNDLE}.map`)).toContain("../server/index.ts");
    // Packages stay imports from node_modules (better-sqlite3 is native): none of them is in the bundle.
    const maps = readdirSync("dist-server", { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".map"));
    const bundled = maps
      .flatMap((map) => sourcesOf(join("dist-server", map)))
      .filter((s) => s.includes("node_modules"));
    expect(bundled).toEqual([]);
  });

  it("SCALE-1 loads PostgreSQL, Redis and SMTP from their own chunks when configured, and creates a board on PostgreSQL", async () => {
    // Redis and SMTP need not answer: the server starts without them and says where broadcasts go.
    const env = {
      PORT: await freePort(),
      DATABASE_URL: await freshPostgresDatabase(),
      REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
      SMTP_URL: `smtp://127.0.0.1:${await freePort()}`,
    };
    const server = await startServerProcess(env, { run: "built" });
    try {
      await waitFor(() => server.output().includes("broadcasts and presence go through Redis"), "the Redis line");
      const { boardId } = await createBoard(server.url);
      const stored = await fetch(`${server.url}/api/boards/${boardId}`);
      expect(stored.status).toBe(200);
    } finally {
      await server.kill9();
    }
  });
});
