import { startTransition, useEffect, useMemo, useState } from "react";
import { problem } from "../../shared/errors";
import { type ServerPaint, useServerPaint } from "../core/serverPaint";
import { BoardSync, type SyncEngine } from "./BoardSync";
import type { EditingChannel } from "./editingChannel";
import { type BatchedStore, frameBatched } from "./frameBatched";
import { connectSocket } from "./socket";
import { browserStorage, type KeyValueStorage, memoryStorage, type StorageWatch, watchBrowserStorage } from "./storage";
import { type SyncState, startingState } from "./syncState";

const STARTING = startingState();

export interface BoardConnection<Actions> {
  state: SyncState;
  /** Null until the sync engine exists (the first effect); the UI renders nothing editable before. */
  actions: Actions | null;
  /** The moderator key the shown state was joined with; undefined before the engine exists. */
  joinedWithKey: string | null | undefined;
  /** Who else edits which cards, and what this page edits (PRES-EDIT-1); null before the engine exists. */
  editing: EditingChannel | null;
}

/**
 * One socket and one sync engine per mounted board page; components read state and call actions,
 * which `actionsOf` (the features' own, client/features/board/boardActions.ts) makes from the engine.
 */
export function useBoardSync<Actions>(
  boardId: string,
  moderatorKey: string | null,
  actionsOf: (sync: SyncEngine) => Actions,
  /** Where the engine keeps what it stores, when not the browser's storage as it is (a stable object). */
  keeping?: { storage: KeyValueStorage; watchStorage: StorageWatch },
  /** A special link's key (LINK-3): the page joins as its holder. */
  linkKey?: string,
): BoardConnection<Actions> {
  const [engine, setEngine] = useState<{ sync: BoardSync; shown: BatchedStore<SyncState>; key: string | null } | null>(
    null,
  );
  const sync = engine?.sync ?? null;

  useEffect(() => {
    const socket = connectSocket();
    const created = new BoardSync({
      socket,
      boardId,
      storage: keeping?.storage ?? browserStorage(),
      moderatorKey: moderatorKey ?? undefined,
      linkKey,
      apiBase: "",
      watchStorage: keeping?.watchStorage ?? watchBrowserStorage,
    });
    // Rendered at most once per frame, however many answers and frames arrive meanwhile.
    const shown = frameBatched({ subscribe: created.subscribe, getState: created.getState });
    // A transition, as is the first render of its state below: React renders the board in slices.
    startTransition(() => setEngine({ sync: created, shown, key: moderatorKey }));
    return () => {
      shown.stop();
      created.stop();
      socket.disconnect();
      setEngine(null);
    };
  }, [boardId, moderatorKey, keeping, linkKey]);

  const shown = engine?.shown ?? null;
  // The state is kept with the engine it came from: a new engine (another moderator key) never shows
  // its predecessor's state, not even for one render.
  const [rendered, setRendered] = useState<{ from: BatchedStore<SyncState> | null; state: SyncState }>({
    from: null,
    state: STARTING,
  });
  const state = shown === null ? STARTING : rendered.from === shown ? rendered.state : shown.getSnapshot();
  useEffect(() => {
    if (!shown) return;
    const show = () => setRendered({ from: shown, state: shown.getSnapshot() });
    const unsubscribe = shown.subscribe((urgent) => {
      // Remote changes render as a transition, which React may split over frames or skip for a newer
      // one; what the user just did renders at once.
      if (urgent) show();
      else startTransition(show);
    });
    startTransition(show);
    return unsubscribe;
  }, [shown]);
  const actions = useMemo(() => (sync ? actionsOf(sync) : null), [sync, actionsOf]);
  const painted = useServerPaint();
  if (painted) return paintedConnection(painted, actionsOf);
  return { state, actions, joinedWithKey: engine?.key, editing: sync?.editing ?? null };
}

/**
 * The server's first paint of a board (HTTP-7): the board as a visitor without keys sees it, joined
 * as a participant. Its actions go nowhere: the paint is markup, and the browser's own engine takes
 * over before anyone can act.
 */
function paintedConnection<Actions>(
  painted: ServerPaint,
  actionsOf: (sync: SyncEngine) => Actions,
): BoardConnection<Actions> {
  const state: SyncState = { ...STARTING, board: painted.board, revision: painted.revision, role: "participant" };
  const engine: SyncEngine = {
    getState: () => state,
    submit: () => Promise.resolve({ ok: false, problem: problem("not_joined", "A server's paint takes no changes.") }),
    dismissProblem: () => {},
  };
  return { state, actions: actionsOf(engine), joinedWithKey: null, editing: null };
}

const noWatch: StorageWatch = () => () => {};

/**
 * Keeping for a page that only reads (the projector, PROJ-2): its outbox lives in memory, so it never
 * sends, as a participant, the ops another tab of this browser queued as a moderator.
 */
export function readOnlyKeeping(): { storage: KeyValueStorage; watchStorage: StorageWatch } {
  return { storage: memoryStorage(), watchStorage: noWatch };
}
