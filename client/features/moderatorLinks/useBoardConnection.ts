import { useEffect, useMemo, useState } from "react";
import { usePageAddress, useServerPaint } from "../../core/serverPaint";
import {
  forgetModeratorKey,
  moderatorKeyFor,
  moderatorKeyFromLink,
  rememberModeratorKey,
} from "../../sync/knownBoards";
import { browserStorage, watchBrowserStorage } from "../../sync/storage";
import { useBoardSync } from "../../sync/useBoardSync";
import { createBoardActions } from "../board";
import { isPreview, previewStorage } from "../comoderators";

interface Attempt {
  key: string | null;
  /** The key came from a link and the server has not accepted it yet. */
  fromLink: boolean;
}

const NO_KEY: Attempt = { key: null, fromLink: false };

function fromLinkOrStored(boardId: string): Attempt {
  // COMOD-6: the participants' preview joins with no key at all, and keeps the stored one as it is.
  if (isPreview(window.location.search)) return { key: null, fromLink: false };
  const stored = moderatorKeyFor(boardId);
  const link = moderatorKeyFromLink();
  return link && link !== stored ? { key: link, fromLink: true } : { key: stored, fromLink: false };
}

/**
 * The board's connection, joined with the right moderator key (AUTH-3). A key from a link is tried first but kept only
 * once the server answered the join as moderator; a refused one never replaces the stored key: the
 * page falls back to it (or to participant) and says the link's key was not valid.
 */
export function useBoardConnection(boardId: string) {
  // The server's first paint (HTTP-7) is a visitor's without keys.
  const painted = useServerPaint() !== null;
  const [attempt, setAttempt] = useState(() => (painted ? NO_KEY : fromLinkOrStored(boardId)));
  const preview = isPreview(usePageAddress().search);
  // The preview keeps its unsent ops apart from the moderator tab's (COMOD-6).
  const keeping = useMemo(() => {
    if (!preview) return undefined;
    const { storage, watch } = previewStorage(browserStorage(), boardId);
    return { storage, watchStorage: watch(watchBrowserStorage) };
  }, [preview, boardId]);
  const connection = useBoardSync(boardId, attempt.key, createBoardActions, keeping);
  const sync = connection.state;
  const [linkRefused, setLinkRefused] = useState(false);

  // A moderator link pasted into a tab that already shows this board only changes the fragment.
  useEffect(() => {
    const onHashChange = () => {
      if (!window.location.hash.includes("key=")) return;
      setAttempt(fromLinkOrStored(boardId));
      setLinkRefused(false);
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [boardId]);

  // Only the answer to a join with this very key counts, not the state of the engine before it.
  const answered = attempt.fromLink && connection.joinedWithKey === attempt.key;
  const accepted = answered && sync.role === "moderator";
  const refused = answered && sync.status === "failed" && sync.failure?.code === "forbidden";
  useEffect(() => {
    if (accepted && attempt.key) {
      rememberModeratorKey(boardId, attempt.key);
      setAttempt({ key: attempt.key, fromLink: false });
    } else if (refused) {
      setLinkRefused(true);
      setAttempt({ key: moderatorKeyFor(boardId), fromLink: false });
    }
  }, [accepted, refused, attempt.key, boardId]);

  return {
    ...connection,
    moderatorKey: attempt.key,
    /** The participants' preview of a moderator (COMOD-6). */
    preview,
    /** True while a link's key is being replaced by the stored one: no failure page for it. */
    fallingBack: refused,
    linkRefused,
    dismissLinkRefused: () => setLinkRefused(false),
    /** The stored key itself was refused: open the board as a participant. */
    openAsParticipant: () => {
      forgetModeratorKey(boardId);
      setAttempt({ key: null, fromLink: false });
    },
  };
}
