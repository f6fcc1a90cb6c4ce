import { useLayoutEffect, useRef, useState } from "react";
import { type ProgrammeEntry, programmeOf } from "../../../shared/features/impulses/agenda";
import { meetingHasBegun } from "../../../shared/features/meetings/days";
import type { Meeting } from "../../../shared/features/meetings/records";
import { AgendaItemForm } from "./AgendaItemForm";
import { AgendaItemRow } from "./AgendaItemRow";
import { AgendaTalk } from "./AgendaTalk";
import type { MeetingsContext } from "./meetingsContext";
import { rankForMove } from "./schedule";
import { useMeetingsT } from "./useMeetingsT";

const titleOf = (entry: ProgrammeEntry) => (entry.kind === "talk" ? entry.impulse.title : entry.item.title);

/**
 * IMP-3, AGENDA-1: a meeting's programme, talks and items (welcome, breaks, closing round) in order,
 * each with its start; moderators reorder everything with up/down buttons, add, edit and remove items,
 * and cancel, move or mark talks held.
 */
export function Agenda({ ctx, meeting }: { ctx: MeetingsContext; meeting: Meeting }) {
  const t = useMeetingsT();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const [adding, setAdding] = useState(false);
  // The entry whose tools are open, if any: a talk's cancel or move, an item's editor.
  const [tool, setTool] = useState<{ id: string; kind: "cancel" | "move" | "edit" } | null>(null);
  const programme = programmeOf(ctx.view, meeting);
  const focusLater = (selector: string) =>
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(selector)?.focus());
  const toggleTool = (id: string, kind: "cancel" | "move" | "edit") =>
    setTool(tool?.id === id && tool.kind === kind ? null : { id, kind });
  const closeTool = (id: string, kind: "cancel" | "move") => {
    setTool(null);
    focusLater(`[data-${kind}-impulse="${id}"]`);
  };

  // The button that moved an entry gets the focus back once it shows at its new place (React may move
  // its element, which takes the focus away); only then, or never if it takes too long.
  const keepFocus = useRef<{ id: string; direction: "up" | "down"; index: number; since: number } | null>(null);
  // An item just added is announced with its start once it shows.
  const added = useRef<string | null>(null);
  useLayoutEffect(() => {
    const wanted = keepFocus.current;
    if (wanted) {
      const index = programme.findIndex((entry) => entry.id === wanted.id);
      if (Date.now() - wanted.since > 3_000) keepFocus.current = null;
      if (index === wanted.index) {
        keepFocus.current = null;
        listRef.current
          ?.querySelector<HTMLElement>(`[data-entry-id="${wanted.id}"] [data-focus="${wanted.direction}"]`)
          ?.focus();
        const moved = programme[index];
        const key =
          moved.kind === "talk"
            ? wanted.direction === "up"
              ? "meetings.agenda.movedUp"
              : "meetings.agenda.movedDown"
            : wanted.direction === "up"
              ? "meetings.agendaItem.movedUp"
              : "meetings.agendaItem.movedDown";
        setAnnouncement(t(key, { title: titleOf(moved), start: moved.start }));
      }
    }
    const newItem = added.current && programme.find((entry) => entry.id === added.current);
    if (newItem) {
      added.current = null;
      setAnnouncement(t("meetings.agendaItem.added", { title: titleOf(newItem), start: newItem.start }));
    }
  });

  const move = (index: number, direction: -1 | 1) => {
    const rank = rankForMove(programme, index, direction);
    if (rank === null) return;
    const entry = programme[index];
    const focus = direction < 0 ? "up" : "down";
    keepFocus.current = { id: entry.id, direction: focus, index: index + direction, since: Date.now() };
    ctx.actions.submit(
      entry.kind === "talk"
        ? { type: "impulse.schedule", impulseId: entry.id, meetingId: meeting.id, rank }
        : { type: "agendaItem.move", itemId: entry.id, rank },
    );
  };
  const begun = meetingHasBegun(meeting, Date.now());
  const mayAdd = ctx.moderator && meeting.status !== "cancelled";

  return (
    <>
      {programme.length === 0 ? (
        <p className="meeting-muted">{t("meetings.agendaEmpty")}</p>
      ) : (
        <ol ref={listRef} className="agenda" data-testid="agenda">
          {programme.map((entry, index) => {
            const place = { first: index === 0, last: index === programme.length - 1 };
            if (entry.kind === "talk") {
              return (
                <AgendaTalk
                  key={entry.id}
                  ctx={ctx}
                  meeting={meeting}
                  entry={entry}
                  {...place}
                  begun={begun}
                  tool={tool?.id === entry.id && tool.kind !== "edit" ? tool.kind : null}
                  onTool={(kind) => toggleTool(entry.id, kind)}
                  onCloseTool={(kind) => closeTool(entry.id, kind)}
                  onMove={(direction) => move(index, direction)}
                />
              );
            }
            return (
              <AgendaItemRow
                key={entry.id}
                ctx={ctx}
                meeting={meeting}
                programme={programme}
                entry={entry}
                {...place}
                editing={tool?.id === entry.id && tool.kind === "edit"}
                onEdit={() => toggleTool(entry.id, "edit")}
                onEditDone={() => {
                  setTool(null);
                  focusLater(`[data-edit-item="${entry.id}"]`);
                }}
                onRemove={() => {
                  ctx.actions.submit({ type: "agendaItem.remove", itemId: entry.id });
                  setAnnouncement(t("meetings.agendaItem.removed", { title: entry.item.title }));
                  requestAnimationFrame(() => addRef.current?.focus());
                }}
                onMove={(direction) => move(index, direction)}
              />
            );
          })}
        </ol>
      )}
      {mayAdd &&
        (adding ? (
          <AgendaItemForm
            ctx={ctx}
            meeting={meeting}
            programme={programme}
            onDone={(item) => {
              setAdding(false);
              if (item) added.current = item.id;
              requestAnimationFrame(() => addRef.current?.focus());
            }}
          />
        ) : (
          <p>
            <button
              ref={addRef}
              type="button"
              className="button button-small"
              data-testid="agenda-item-add"
              onClick={() => setAdding(true)}
            >
              {t("meetings.agendaItem.add")}
            </button>
          </p>
        ))}
      <p className="visually-hidden" aria-live="polite" data-testid="agenda-announcer">
        {announcement}
      </p>
    </>
  );
}
