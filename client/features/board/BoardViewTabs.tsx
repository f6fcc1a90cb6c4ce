import { type KeyboardEvent, useCallback, useRef, useState } from "react";
import { useT } from "../../i18n/I18nProvider";

export type BoardView = "columns" | "meetings";
const VIEWS: readonly BoardView[] = ["columns", "meetings"];

export const tabId = (view: BoardView) => `board-tab-${view}`;
export const panelId = (view: BoardView) => `board-panel-${view}`;

const viewInUrl = (): BoardView =>
  new URLSearchParams(window.location.search).get("view") === "meetings" ? "meetings" : "columns";

/** MEET-UI-1: the board's view, kept in the address (`?view=meetings`) so that a link can open it. */
export function useBoardView(): [BoardView, (view: BoardView) => void] {
  const [view, setViewState] = useState<BoardView>(viewInUrl);
  const setView = useCallback((next: BoardView) => {
    const url = new URL(window.location.href);
    if (next === "columns") url.searchParams.delete("view");
    else url.searchParams.set("view", next);
    window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
    setViewState(next);
  }, []);
  return [view, setView];
}

/** MEET-UI-1: "Themen | Treffen" as a tab list; arrows, Home and End move between the tabs. */
export function BoardViewTabs({
  view,
  onChange,
  onIntent,
}: {
  view: BoardView;
  onChange(view: BoardView): void;
  /** The pointer or focus came near the tabs: a good moment to fetch the other view's code. */
  onIntent?(): void;
}) {
  const t = useT();
  const listRef = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const index = VIEWS.indexOf(view);
    const next =
      event.key === "ArrowRight"
        ? VIEWS[(index + 1) % VIEWS.length]
        : event.key === "ArrowLeft"
          ? VIEWS[(index + VIEWS.length - 1) % VIEWS.length]
          : event.key === "Home"
            ? VIEWS[0]
            : event.key === "End"
              ? VIEWS[VIEWS.length - 1]
              : null;
    if (!next) return;
    event.preventDefault();
    onChange(next);
    listRef.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus();
  }

  return (
    <div
      ref={listRef}
      role="tablist"
      aria-label={t("meetings.tabs.label")}
      className="view-tabs"
      onKeyDown={onKeyDown}
      onPointerEnter={onIntent}
      onFocus={onIntent}
    >
      {VIEWS.map((each) => (
        <button
          key={each}
          type="button"
          role="tab"
          id={tabId(each)}
          aria-selected={each === view}
          // Only the shown panel exists; a reference to a missing one would point nowhere.
          aria-controls={each === view ? panelId(each) : undefined}
          tabIndex={each === view ? 0 : -1}
          className="view-tab"
          data-testid={`view-tab-${each}`}
          onClick={() => onChange(each)}
        >
          {t(each === "columns" ? "meetings.tabs.columns" : "meetings.tabs.meetings")}
        </button>
      ))}
    </div>
  );
}
