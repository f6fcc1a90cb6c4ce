import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BoardIdParam } from "../../shared/api";
import type { BoardPaintModule, BoardPaintRequest } from "../../shared/boardPaint";
import { type BoardMeta, type BoardView, boardViews, openingView } from "../../shared/model";
import { viewInAddress } from "../../shared/pages";
import { RecentlyUsed } from "../core/recentlyUsed";
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

/** How many boards' latest paints are kept: a board opened by a room full of people is rendered once. */
const BOARDS_KEPT = 16;

export type PaintedPage = Omit<BoardPaintRequest, "records" | "revision">;

/** A board page's paint, and the view it shows (whose code the page then fetches with its own). */
export interface BoardPaint {
  markup: string;
  view: BoardView;
}

/** Where the boards to paint come from. */
export interface BoardsToPaint {
  store: BoardStore;
  snapshots: SnapshotCache;
  publicUrl?: string;
}

/** Different addresses (origins, views, languages) kept per board and revision, at most. */
const PAINTS_PER_BOARD = 8;

/**
 * HTTP-7: a board page's first paint with the board's content, as a visitor without keys sees it:
 * the very records `GET /api/boards/:id` answers without headers (the shared snapshot cache's), none
 * on a links-only board (LINK-7). Kept per board, revision, page and language until the board
 * changes. Undefined when there is nothing to paint or the build has no server bundle; the page then
 * paints its loading page (HTTP-6).
 */
export function boardPainter({
  clientDir,
  store,
  snapshots,
}: BoardsToPaint & { clientDir: string }): (page: PaintedPage) => Promise<BoardPaint | undefined> {
  const modulePath = join(clientDir, PAINT_MODULE);
  let loaded: { builtAt: number; module: Promise<BoardPaintModule> } | null = null;
  let paints = new RecentlyUsed<string, { revision: number; html: Map<string, Promise<string | undefined>> }>(
    BOARDS_KEPT,
  );

  const paintModule = (): Promise<BoardPaintModule> | undefined => {
    if (!existsSync(modulePath)) return undefined;
    const builtAt = statSync(modulePath).mtimeMs;
    if (loaded?.builtAt !== builtAt) {
      // A new build is a new module: the query makes Node load it afresh.
      loaded = { builtAt, module: import(`${pathToFileURL(modulePath).href}?${builtAt}`) };
      paints = new RecentlyUsed(BOARDS_KEPT);
    }
    return loaded.module;
  };

  const render = async (
    module: Promise<BoardPaintModule>,
    page: PaintedPage,
    revision: number,
    records: BoardPaintRequest["records"],
  ) => {
    try {
      return await (await module).renderBoardPaint({ ...page, records, revision });
    } catch (error) {
      log.error({ err: error instanceof Error ? error.message : String(error) }, "board paint failed");
      return undefined;
    }
  };

  return async (page) => {
    if (!BoardIdParam.safeParse(page.boardId).success) return undefined;
    const module = paintModule();
    if (!module) return undefined;
    if (await linksOnlyRefusal(recordFinder(store, page.boardId), { role: "participant" })) return undefined;
    const snapshot = await snapshots.snapshotFor(page.boardId, { role: "participant", authorId: null });
    if (!snapshot || snapshot.records.length > PAINTED_RECORDS_MAX) return undefined;
    let kept = paints.get(page.boardId);
    if (kept?.revision !== snapshot.revision || kept.html.size >= PAINTS_PER_BOARD) {
      kept = { revision: snapshot.revision, html: new Map() };
      paints.set(page.boardId, kept);
    }
    const key = JSON.stringify([page.address.search, page.address.origin, page.language]);
    let html = kept.html.get(key);
    if (!html) {
      html = render(module, page, snapshot.revision, snapshot.records);
      kept.html.set(key, html);
    }
    const markup = await html;
    const meta = snapshot.records.find((record): record is BoardMeta => record.type === "board");
    if (markup === undefined || !meta) return undefined;
    return { markup, view: openingView(boardViews(meta), viewInAddress(page.address.search)) };
  };
}
