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

/**
 * HTTP-7: a board page's first paint with the board's content, as a visitor without keys sees it:
 * the very records `GET /api/boards/:id` answers without headers (the snapshot cache's participant
 * view), none on a links-only board (LINK-7). Made once per board, revision, view, language and
 * origin and kept with that snapshot (SnapshotCache.madeFor), so it goes when the board changes or
 * ends. The origin is the page's own (PUBLIC_URL, else the Host header): the wall's QR code encodes
 * it, and a paint made for one origin is never sent to a request for another.
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
    const { search, origin } = page.address;
    const key = JSON.stringify(["paint", build.builtAt, search, page.language, origin]);
    const made = await snapshots.madeFor(page.boardId, "participant", key, ({ records, revision }) =>
      render(build.module, { ...page, records, revision }),
    );
    if (!made?.text) return undefined;
    const meta = made.snapshot.records.find((record): record is BoardMeta => record.type === "board");
    if (!meta) return undefined;
    return {
      markup: made.text,
      view: openingView(boardViews(meta), viewInAddress(search)),
    };
  };
}
