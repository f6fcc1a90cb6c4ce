import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BoardIdParam } from "../../shared/api";
import type { BoardPaintModule, BoardPaintRequest } from "../../shared/boardPaint";
import { type BoardMeta, type BoardView, boardViews, openingView } from "../../shared/model";
import { viewInAddress } from "../../shared/pages";
import type { SnapshotCache } from "../core/snapshotCache";
import { linksOnlyRefusal } from "../features/links/linksOnly";
import { recordFinder } from "../features/links/recordFinder";
import { log } from "../observability/logger";
import type { BoardStore } from "../store/BoardStore";

/** The client's server bundle, which scripts/prerender.mjs builds into the client's build folder. */
export const PAINT_MODULE = join(".vite", "paint", "boardPaint.js");

/**
 * Boards with more records than this keep the loading page as their first paint: their HTML would
 * take longer to send and render than the client's own first render (a workshop board has far fewer).
 */
export const PAINTED_RECORDS_MAX = 400;

/**
 * The origin a paint is rendered with, put in place of the request's own afterwards: one paint
 * serves every address the board is reached by, and no Host header gets into what others are sent.
 */
const ORIGIN_STAND_IN = "https://origin.themenwand.invalid";

/** Where the boards to paint come from. */
export interface BoardsToPaint {
  store: BoardStore;
  snapshots: SnapshotCache;
  publicUrl?: string;
}

export type PaintedPage = Omit<BoardPaintRequest, "records" | "revision">;

/** A board page's paint, and the view it shows (whose code the page then fetches with its own). */
export interface BoardPaint {
  markup: string;
  view: BoardView;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/**
 * HTTP-7: a board page's first paint with the board's content, as a visitor without keys sees it:
 * the very records `GET /api/boards/:id` answers without headers (the snapshot cache's participant
 * view), none on a links-only board (LINK-7). Made once per board, revision, view and language and
 * kept with that snapshot (SnapshotCache.madeFor), so it goes when the board changes or ends.
 * Undefined when there is nothing to paint or the build has no server bundle; the page then paints
 * its loading page (HTTP-6).
 */
export function boardPainter({
  clientDir,
  store,
  snapshots,
}: BoardsToPaint & { clientDir: string }): (page: PaintedPage) => Promise<BoardPaint | undefined> {
  const modulePath = join(clientDir, PAINT_MODULE);
  let loaded: { builtAt: number; module: Promise<BoardPaintModule> } | null = null;

  const paintModule = (): { builtAt: number; module: Promise<BoardPaintModule> } | undefined => {
    if (!existsSync(modulePath)) return undefined;
    const builtAt = statSync(modulePath).mtimeMs;
    // A new build is a new module: the query makes Node load it afresh.
    if (loaded?.builtAt !== builtAt)
      loaded = { builtAt, module: import(`${pathToFileURL(modulePath).href}?${builtAt}`) };
    return loaded;
  };

  const render = async (module: Promise<BoardPaintModule>, request: BoardPaintRequest) => {
    if (request.records.length > PAINTED_RECORDS_MAX) return undefined;
    try {
      return await (await module).renderBoardPaint(request);
    } catch (error) {
      log.error({ err: error instanceof Error ? error.message : String(error) }, "board paint failed");
      return undefined;
    }
  };

  return async (page) => {
    if (!BoardIdParam.safeParse(page.boardId).success) return undefined;
    const build = paintModule();
    if (!build) return undefined;
    if (await linksOnlyRefusal(recordFinder(store, page.boardId), { role: "participant" })) return undefined;
    const { search, pathname } = page.address;
    const key = JSON.stringify(["paint", build.builtAt, search, page.language]);
    const made = await snapshots.madeFor(page.boardId, "participant", key, ({ records, revision }) => {
      const address = { origin: ORIGIN_STAND_IN, pathname, search };
      return render(build.module, { ...page, address, records, revision });
    });
    if (!made?.text) return undefined;
    const meta = made.snapshot.records.find((record): record is BoardMeta => record.type === "board");
    if (!meta) return undefined;
    return {
      markup: made.text.replaceAll(ORIGIN_STAND_IN, escapeHtml(page.address.origin)),
      view: openingView(boardViews(meta), viewInAddress(search)),
    };
  };
}
