import { type KeyboardEvent, useCallback, useRef, useState } from "react";
import { type BoardView, openingView } from "../../../shared/model";
import { viewInAddress } from "../../../shared/pages";
import { usePageAddress } from "../../core/serverPaint";
import { useT } from "../../i18n/I18nProvider";

export type { BoardView } from "../../../shared/model";

export const tabId = (view: BoardView) => `board-tab-${view}`;
export const panelId = (view: BoardView) => `board-panel-${view}`;

/**
 * VIEW-3: the board's view, kept in the address (`?view=meetings`, `?view=wall`) so that a link can
 * open it. A view the board does not show (or none) opens the board's first view, which keeps the
 * address plain.
 */
export function useBoardView(
  views: readonly BoardView[],
  /** The board's views are known (its record arrived). */
  known = true,
): [BoardView, (view: BoardView) => void] {
  const { search } = usePageAddress();
  const [asked, setAsked] = useState<BoardView | null>(() => viewInAddress(search));
  const first = views[0];
  // Once the board is there, the view it opened on stays when a moderator changes the start view.
  const [opened, setOpened] = useState<BoardView | null>(null);
  if (known && opened === null) setOpened(openingView(views, asked));
  const setView = useCallback(
    (next: BoardView) => {
      const url = new URL(window.location.href);
      if (next === first) url.searchParams.delete("view");
      else url.searchParams.set("view", next);
      window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
      setAsked(next);
    },
    [first],
  );
  const wanted = asked ?? opened;
  return [wanted && views.includes(wanted) ? wanted : first, setView];
}

/**
 * VIEW-3 (MEET-UI-1): the board's views ("Themen | Treffen | Vernetzung") as a tab list; arrows, Home
 * and End move between the tabs. A board with one view shows none.
 */
export function BoardViewTabs({
  views,
  view,
  onChange,
  onIntent,
}: {
  views: readonly BoardView[];
  view: BoardView;
  onChange(view: BoardView): void;
  /** The pointer or focus came near the tabs: a good moment to fetch the other views' code. */
  onIntent?(): void;
}) {
  const t = useT();
  const listRef = useRef<HTMLDivElement>(null);
  if (views.length < 2) return null;

  function onKeyDown(event: KeyboardEvent) {
    const index = views.indexOf(view);
    const next =
      event.key === "ArrowRight"
        ? views[(index + 1) % views.length]
        : event.key === "ArrowLeft"
          ? views[(index + views.length - 1) % views.length]
          : event.key === "Home"
            ? views[0]
            : event.key === "End"
              ? views[views.length - 1]
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
      aria-label={t("views.label")}
      className="view-tabs"
      onKeyDown={onKeyDown}
      onPointerEnter={onIntent}
      onFocus={onIntent}
    >
      {views.map((each) => (
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
          {t(`views.${each}`)}
        </button>
      ))}
    </div>
  );
}
