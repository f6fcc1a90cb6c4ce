import { type Request, type Response, Router } from "express";
import { z } from "zod";
import { BoardIdParam } from "../../../shared/api";
import type { Viewer } from "../../../shared/core/visibility";
import { problem } from "../../../shared/errors";
import type { CalendarFeed, Meeting } from "../../../shared/features/meetings";
import { linksOnlyProblem, type ModerationSettings } from "../../../shared/features/moderation";
import { fileNamePart } from "../../../shared/fileName";
import { SecretToken } from "../../../shared/joinSchema";
import type { BoardMeta, BoardSnapshot } from "../../../shared/model";
import { EntityId } from "../../../shared/ops";
import { secretMatchesHash } from "../../auth/secrets";
import type { SnapshotCache } from "../../core/snapshotCache";
import { sendProblem } from "../../http/sendProblem";
import { buildCalendar, type CalendarEntry, type CalendarLanguage } from "./calendar";
import { entriesOf } from "./meetingEntries";

interface Deps {
  /** The same per-viewer snapshots the board route and socket joins read (VIS-4). */
  snapshots: SnapshotCache;
  publicUrl?: string;
}

/** Public calendars are what any participant sees: no author, so no registration and no link. */
const ANYONE: Viewer = { role: "participant", authorId: null };

/** LINK-7: the public calendar opens with the board id alone, so a links-only board closes it. */
const closedToAnyone = (snapshot: BoardSnapshot) =>
  linksOnlyProblem(
    snapshot.records.find((record) => record.type === "moderationSettings") as ModerationSettings | undefined,
    ANYONE,
  );

/** Calendar apps fetch a feed again after this long, and caches keep a public one as long. */
const REFRESH_SECONDS = 60 * 60;
const PUBLIC_CACHE = "public, max-age=300";
/** A personal feed holds an online link: no shared cache keeps it, and it is revalidated each time. */
const PERSONAL_CACHE = "private, no-cache";

const Language = z.enum(["de", "en"]);

/**
 * MEET-7 and MEET-8: the board's meetings as iCalendar files and feeds (docs/api.md). Each reads the
 * board through the per-viewer snapshot, so a calendar holds exactly what its reader may see.
 */
export function calendarRoutes({ snapshots, publicUrl }: Deps): Router {
  const router = Router();
  /**
   * MEET-10: public calendars are kept by shared caches, so they link the board only at PUBLIC_URL,
   * never at the request's Host (which anyone can set); a personal feed is nobody else's.
   */
  const boardUrl = (req: Request, boardId: string, personal: boolean) => {
    const base = publicUrl ?? (personal ? `${req.protocol}://${req.get("host")}` : undefined);
    return base === undefined ? undefined : `${base}/b/${boardId}`;
  };

  const calendarOf = (
    req: Request,
    snapshot: BoardSnapshot,
    entries: CalendarEntry[],
    feed: "public" | "personal" | "file",
  ) =>
    buildCalendar(
      {
        boardId: snapshot.boardId,
        boardTitle: boardOf(snapshot)?.title ?? "Themenwand",
        boardUrl: boardUrl(req, snapshot.boardId, feed === "personal"),
        language: languageOf(req),
        refreshSeconds: feed === "file" ? undefined : REFRESH_SECONDS,
      },
      entries,
    );

  router.get("/boards/:boardId/meetings.ics", async (req, res) => {
    const snapshot = await snapshotOf(snapshots, req.params.boardId, ANYONE);
    if (!snapshot) return sendProblem(res, problem("unknown_board", "This board does not exist."));
    const closed = closedToAnyone(snapshot);
    if (closed) return sendProblem(res, closed);
    sendCalendar(res, calendarOf(req, snapshot, entriesOf(snapshot), "public"), PUBLIC_CACHE);
  });

  // path-to-regexp v8: a parameter name ends where identifier characters end, so `.ics` is literal.
  router.get("/boards/:boardId/meetings/:meetingId.ics", async (req, res) => {
    const snapshot = await snapshotOf(snapshots, req.params.boardId, ANYONE);
    if (!snapshot) return sendProblem(res, problem("unknown_board", "This board does not exist."));
    const closed = closedToAnyone(snapshot);
    if (closed) return sendProblem(res, closed);
    const entry = entriesOf(snapshot).find((candidate) => candidate.meeting.id === req.params.meetingId);
    if (!entry) return sendProblem(res, problem("not_found", "This meeting does not exist."));
    res.attachment(fileNameOf(entry.meeting));
    sendCalendar(res, calendarOf(req, snapshot, [entry], "file"), PUBLIC_CACHE);
  });

  router.get("/boards/:boardId/feeds/:feedId.ics", async (req, res) => {
    const boardId = BoardIdParam.safeParse(req.params.boardId);
    const stored = boardId.success
      ? await snapshots.storedRecord(boardId.data, "calendarFeed", req.params.feedId)
      : undefined;
    if (!boardId.success || !stored) return sendProblem(res, problem("unknown_board", "This board does not exist."));
    // A missing feed, a missing key and a wrong key are answered alike: the URL says nothing.
    const feed = stored.record as CalendarFeed | undefined;
    const key = SecretToken.safeParse(req.query.key);
    if (!feed || !EntityId.safeParse(req.params.feedId).success || !key.success) return noFeed(res);
    if (!secretMatchesHash(key.data, feed.secretHash)) return noFeed(res);
    // The board as this person sees it: their own registrations carry the link where they have a place.
    const viewer: Viewer = { role: "participant", authorId: feed.authorId };
    const snapshot = await snapshots.snapshotFor(boardId.data, viewer);
    if (!snapshot) return sendProblem(res, problem("unknown_board", "This board does not exist."));
    sendCalendar(res, calendarOf(req, snapshot, entriesOf(snapshot, feed.authorId), "personal"), PERSONAL_CACHE);
  });

  return router;
}

async function snapshotOf(snapshots: SnapshotCache, boardIdParam: string, viewer: Viewer) {
  const boardId = BoardIdParam.safeParse(boardIdParam);
  return boardId.success ? snapshots.snapshotFor(boardId.data, viewer) : undefined;
}

const noFeed = (res: Response) => sendProblem(res, problem("not_found", "No such calendar feed."));

function boardOf(snapshot: BoardSnapshot): BoardMeta | undefined {
  return snapshot.records.find((record): record is BoardMeta => record.type === "board");
}

function languageOf(req: Request): CalendarLanguage {
  const language = Language.safeParse(req.query.lang);
  return language.success ? language.data : "de";
}

/** `2027-01-24 Wärmewende im Quartier.ics`, without characters file systems refuse. */
function fileNameOf(meeting: Meeting): string {
  return `${meeting.date} ${fileNamePart(meeting.theme, "meeting")}.ics`;
}

function sendCalendar(res: Response, text: string, cacheControl: string): void {
  res.set("Cache-Control", cacheControl);
  res.set("Content-Type", "text/calendar; charset=utf-8");
  res.send(text);
}
