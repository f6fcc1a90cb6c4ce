import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BoardIdParam } from "../../shared/api";
import type { BoardPaintModule, BoardPaintRequest } from "../../shared/boardPaint";
import { type BoardMeta, type BoardView, boardViews, openingView } from "../../shared/model";
import { viewInAddress } from "../../shared/pages";
import type { Limits } from "../config";
import type { SnapshotCache } from "../core/snapshotCache";
import { linksOnlyRefusal } from "../features/links/linksOnly";
import { recordFinder } from "../features/links/recordFinder";
import { log } from "../observability/logger";
import { KeyedRateLimit, perMinute } from "../realtime/rateLimit";
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
  limits: Pick<Limits, "paintsPerMinute">;
}

/** The client's server bundle as loaded, and when it was built. */
interface PaintBuild {
  builtAt: number;
  module: Promise<BoardPaintModule>;
}

/** A render the asking address may not have now (LIMIT-9): its page gets no paint, and nothing is kept. */
class RenderRefused extends Error {}

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
export function boardPainter({ clientDir, store, snapshots, limits }: BoardsToPaint & { clientDir: string }): (
  page: PaintedPage,
  /** Who asks (the client's address): renders are counted per address, LIMIT-9. */
  requester: string,
) => Promise<BoardPaint | undefined> {
  const modulePath = join(clientDir, PAINT_MODULE);
  const renders = new KeyedRateLimit(perMinute(limits.paintsPerMinute));
  let loaded: PaintBuild | null = null;

  const paintModule = (): PaintBuild | undefined => {
    if (!existsSync(modulePath)) return undefined;
    const builtAt = statSync(modulePath).mtimeMs;
    // A new build is a new module: the query makes Node load it afresh.
    if (loaded?.builtAt !== builtAt)
      loaded = { builtAt, module: import(`${pathToFileURL(modulePath).href}?${builtAt}`) };
    return loaded;
  };

  const render = async (module: Promise<BoardPaintModule>, request: BoardPaintRequest) => {
    try {
      return await (await module).renderBoardPaint(request);
    } catch (error) {
      log.error({ err: error instanceof Error ? error.message : String(error) }, "board paint failed");
      return undefined;
    }
  };

  // Rendering costs the event loop 9-18 ms; the origin (a Host header) and the view are the asker's
  // to choose, so each address may have the server render only so many paints (LIMIT-9).
  const made = async (page: PaintedPage, requester: string, build: PaintBuild) => {
    const { search, origin } = page.address;
    const key = JSON.stringify(["paint", build.builtAt, search, page.language, origin]);
    try {
      return await snapshots.madeFor(page.boardId, "participant", key, ({ records, revision }) => {
        if (records.length > PAINTED_RECORDS_MAX) return Promise.resolve(undefined);
        if (!renders.allow(requester)) return Promise.reject(new RenderRefused());
        return render(build.module, { ...page, records, revision });
      });
    } catch (error) {
      if (error instanceof RenderRefused) return undefined;
      throw error;
    }
  };

  return async (page, requester) => {
    if (!BoardIdParam.safeParse(page.boardId).success) return undefined;
    const build = paintModule();
    if (!build) return undefined;
    if (await linksOnlyRefusal(recordFinder(store, page.boardId), { role: "participant" })) return undefined;
    const paint = await made(page, requester, build);
    if (!paint?.text) return undefined;
    const meta = paint.snapshot.records.find((record): record is BoardMeta => record.type === "board");
    if (!meta) return undefined;
    return {
      markup: paint.text,
      view: openingView(boardViews(meta), viewInAddress(page.address.search)),
    };
  };
}
