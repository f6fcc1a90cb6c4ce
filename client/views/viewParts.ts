import { startTransition, useEffect, useState } from "react";
import type { BoardView } from "../../shared/model";
import type { LazyPart } from "../core/lazyPart";
import { GroupsView } from "../features/groups";
import { MeetingsView } from "../features/meetings";
import { NetworkingView } from "../features/networking";

/** The lazy views: fetched when shown, or when the pointer or focus comes near the tabs. */
const VIEW_PARTS: Partial<Record<BoardView, Pick<LazyPart<never>, "preload" | "isLoaded">>> = {
  meetings: MeetingsView,
  wall: NetworkingView,
  groups: GroupsView,
};

/** Every lazy view's code, for the server's paint of a board on any view (HTTP-7). */
export const loadBoardViews = () => Promise.all(Object.values(VIEW_PARTS).map((part) => part.preload()));

/** Fetches the views' code before a tab is chosen (the pointer or focus came near the tabs). */
export function preloadViews(views: readonly BoardView[]): void {
  for (const view of views) void VIEW_PARTS[view]?.preload();
}

/**
 * UI-9: the board leaves its loading page only once the view it opens on has its code, so that a lazy
 * view (meetings, wall, groups) arriving late does not push the footer down (a layout shift). A view
 * chosen later may load in place: that shift follows the user's own click.
 */
export function useFirstViewReady(view: BoardView | null): boolean {
  const part = view === null ? undefined : VIEW_PARTS[view];
  const [ready, setReady] = useState(false);
  const loaded = view !== null && (part === undefined || part.isLoaded());
  if (loaded && !ready) setReady(true);
  useEffect(() => {
    if (ready || !part || part.isLoaded()) return;
    let current = true;
    // A chunk that cannot be fetched (offline) shows the board anyway; the view's boundary tells why.
    // A transition: the board's first render then comes in slices, not as one long task.
    part.preload().finally(() => {
      if (current) startTransition(() => setReady(true));
    });
    return () => {
      current = false;
    };
  }, [ready, part]);
  return ready;
}
