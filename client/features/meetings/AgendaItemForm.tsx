import { type FormEvent, useRef, useState } from "react";
import type { ProgrammeEntry } from "../../../shared/features/impulses/agenda";
import { AgendaItemAddOp, AgendaItemUpdateOp } from "../../../shared/features/impulses/agendaItemOps";
import type { AgendaItem, AgendaItemKind } from "../../../shared/features/impulses/records";
import type { Meeting } from "../../../shared/features/meetings/records";
import { newId } from "../../../shared/ids";
import { checkOp, errorTexts, type OpErrorMessages, submitChecked } from "../../core/checkOp";
import { Field } from "../../core/ui/Field";
import { FormActions } from "../../core/ui/FormActions";
import type { MeetingsContext } from "./meetingsContext";
import type { MeetingFieldErrors } from "./opErrors";
import { rankAtEnd, rankAtStart } from "./schedule";
import { type MeetingsKey, useMeetingsT } from "./useMeetingsT";

const KINDS: readonly AgendaItemKind[] = ["welcome", "break", "closing", "other"];

/** The length is the item's own range (AGENDA-1), not a talk's; every other field is required. */
const AGENDA_ITEM_ERRORS: OpErrorMessages<MeetingsKey> = {
  messageFor: (field) => (field === "minutes" ? "meetings.agendaItem.errorMinutes" : "meetings.error.required"),
};

/** Where a new item goes: a welcome at the start, everything else at the end, unless the moderator says otherwise. */
const defaultPlace = (kind: AgendaItemKind) => (kind === "welcome" ? "start" : "end");

const DEFAULT_MINUTES: Record<AgendaItemKind, number> = { welcome: 10, break: 15, closing: 20, other: 10 };

/**
 * AGENDA-1: a moderator adds an agenda item (a welcome, a break, a closing round) or changes one: its
 * kind, title and minutes; a new one goes at the start or the end, and moves with the up/down buttons.
 * Checked with the op's own schema before it is sent.
 */
export function AgendaItemForm({
  ctx,
  meeting,
  programme,
  item,
  onDone,
}: {
  ctx: MeetingsContext;
  meeting: Meeting;
  programme: readonly ProgrammeEntry[];
  /** The item to change; none: a new one. */
  item?: AgendaItem;
  onDone(added?: { id: string; title: string }): void;
}) {
  const t = useMeetingsT();
  const formRef = useRef<HTMLFormElement>(null);
  const kindLabel = (kind: AgendaItemKind) => t(`meetings.agendaItem.kind.${kind}`);
  const [kind, setKind] = useState<AgendaItemKind>(item?.kind ?? "welcome");
  const [title, setTitle] = useState(item?.title ?? kindLabel("welcome"));
  const [minutes, setMinutes] = useState(String(item?.minutes ?? DEFAULT_MINUTES.welcome));
  const [place, setPlace] = useState<"start" | "end">(defaultPlace("welcome"));
  const [errors, setErrors] = useState<MeetingFieldErrors>({});
  const errorText = errorTexts(errors, t);

  function chooseKind(next: AgendaItemKind) {
    // A title or a length still as the kind suggested follows the new kind; one the moderator wrote stays.
    if (title === kindLabel(kind) || title.trim() === "") setTitle(kindLabel(next));
    if (!item && minutes === String(DEFAULT_MINUTES[kind])) setMinutes(String(DEFAULT_MINUTES[next]));
    if (!item) setPlace(defaultPlace(next));
    setKind(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields = { kind, title, minutes: minutes.trim() === "" ? Number.NaN : Number(minutes) };
    const checked = item
      ? checkOp(
          AgendaItemUpdateOp,
          { type: "agendaItem.update", itemId: item.id, baseVersion: item.version, ...fields },
          AGENDA_ITEM_ERRORS,
        )
      : checkOp(
          AgendaItemAddOp,
          {
            type: "agendaItem.add",
            itemId: newId(),
            meetingId: meeting.id,
            rank: place === "start" ? rankAtStart(programme) : rankAtEnd(programme),
            ...fields,
          },
          AGENDA_ITEM_ERRORS,
        );
    if (!submitChecked(checked, formRef.current, setErrors, (op) => ctx.actions.submit(op))) return;
    // A new item is announced with its start once it shows; an edit goes back to its button.
    onDone(
      !item && checked.op?.type === "agendaItem.add" ? { id: checked.op.itemId, title: checked.op.title } : undefined,
    );
  }

  return (
    <form
      ref={formRef}
      className="agenda-item-form"
      aria-label={
        item
          ? t("meetings.agendaItem.editLabel", { title: item.title })
          : t("meetings.agendaItem.addLabel", { theme: meeting.theme })
      }
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === "Escape") onDone();
      }}
      noValidate
      data-testid="agenda-item-form"
    >
      <div className="field-row">
        <Field label={t("meetings.agendaItem.kind")}>
          <select
            value={kind}
            // biome-ignore lint/a11y/noAutofocus: opened by the moderator's own click, to fill it in
            autoFocus
            onChange={(event) => chooseKind(event.target.value as AgendaItemKind)}
          >
            {KINDS.map((each) => (
              <option key={each} value={each}>
                {kindLabel(each)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("meetings.agendaItem.title")} error={errorText.title}>
          <input value={title} onChange={(event) => setTitle(event.target.value)} maxLength={200} />
        </Field>
        <Field label={t("meetings.agendaItem.minutes")} error={errorText.minutes}>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />
        </Field>
        {!item && (
          <Field label={t("meetings.agendaItem.position")}>
            <select value={place} onChange={(event) => setPlace(event.target.value as "start" | "end")}>
              <option value="start">{t("meetings.agendaItem.atStart")}</option>
              <option value="end">{t("meetings.agendaItem.atEnd")}</option>
            </select>
          </Field>
        )}
      </div>
      <FormActions onCancel={() => onDone()} submitLabel={item ? undefined : t("meetings.agendaItem.add")} />
    </form>
  );
}
