import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { BoardSync, type SyncState } from "./BoardSync";
import { type BoardActions, createBoardActions } from "./boardActions";
import { type BatchedStore, frameBatched } from "./frameBatched";
import { connectSocket } from "./socket";
import { browserStorage, watchBrowserStorage } from "./storage";

const STARTING: SyncState = {
  status: "connecting",
  board: null,
  revision: 0,
  role: null,
  authorId: null,
  pendingCount: 0,
  retrying: false,
  presence: 0,
  failure: null,
  problems: [],
};

const noSubscription = () => () => {};

export interface BoardConnection {
  state: SyncState;
  /** Null until the sync engine exists (the first effect); the UI renders nothing editable before. */
  actions: BoardActions | null;
  /** The moderator key the shown state was joined with; undefined before the engine exists. */
  joinedWithKey: string | null | undefined;
}

/** One socket and one sync engine per mounted board page; components read state and call actions. */
export function useBoardSync(boardId: string, moderatorKey: string | null): BoardConnection {
  const [engine, setEngine] = useState<{ sync: BoardSync; shown: BatchedStore<SyncState>; key: string | null } | null>(
    null,
  );
  const sync = engine?.sync ?? null;

  useEffect(() => {
    const socket = connectSocket();
    const created = new BoardSync({
      socket,
      boardId,
      storage: browserStorage(),
      moderatorKey: moderatorKey ?? undefined,
      apiBase: "",
      watchStorage: watchBrowserStorage,
    });
    // Rendered at most once per frame, however many answers and frames arrive meanwhile.
    const shown = frameBatched({ subscribe: created.subscribe, getState: created.getState });
    setEngine({ sync: created, shown, key: moderatorKey });
    return () => {
      shown.stop();
      created.stop();
      socket.disconnect();
      setEngine(null);
    };
  }, [boardId, moderatorKey]);

  const shown = engine?.shown ?? null;
  const state = useSyncExternalStore(shown?.subscribe ?? noSubscription, shown?.getSnapshot ?? (() => STARTING));
  const actions = useMemo(() => (sync ? createBoardActions(sync) : null), [sync]);
  return { state, actions, joinedWithKey: engine?.key };
}
