import { useId, useState } from "react";
import { isAuthorOf } from "../../../shared/core/authorTags";
import { agendaEntriesOf } from "../../../shared/features/impulses/agenda";
import type { Impulse } from "../../../shared/features/impulses/records";
import type { Meeting } from "../../../shared/features/meetings/records";
import { ConfirmDialog } from "../../core/ui/ConfirmDialog";
import { focusById } from "../../core/ui/focus";
import { ImpulseForm } from "./ImpulseForm";
import type { MeetingsContext } from "./meetingsContext";
import { formatMeetingDate, rankForNewTalk } from "./schedule";
import { useMeetingsT } from "./useMeetingsT";

const byCreation = (a: Impulse, b: Impulse) => a.createdAt - b.createdAt || a.id.localeCompare(b.id);

/** IMP-2: the presenter's own offers, where each stands; editing and withdrawing while undecided. */
export function MyImpulses({ ctx, meetings }: { ctx: MeetingsContext; meetings: readonly Meeting[] }) {
  const t = useMeetingsT();
  const [editing, setEditing] = useState<string | null>(null);
  const mine = ctx.view
    .list<Impulse>("impulse")
    .filter((impulse) => isAuthorOf(impulse, ctx.actor.authorId))
    .sort(byCreation);
  if (mine.length === 0) return null;
  return (
    <section className="meetings-section" aria-labelledby="my-impulses">
      <h2 id="my-impulses">{t("meetings.mine")}</h2>
      <ul className="impulse-list" data-testid="my-impulses">
        {mine.map((impulse) => (
          <li key={impulse.id} className="impulse" data-testid="my-impulse" data-status={impulse.status}>
            {editing === impulse.id && (
              <ImpulseForm
                ctx={ctx}
                meetings={meetings}
                impulse={impulse}
                onDone={() => {
                  setEditing(null);
                  requestAnimationFrame(() =>
                    document.querySelector<HTMLElement>(`[data-edit-impulse="${impulse.id}"]`)?.focus(),
                  );
                }}
              />
            )}
            <p className="impulse-line">
              <strong>{impulse.title}</strong> – <ImpulseStatusText ctx={ctx} impulse={impulse} />
            </p>
            {impulse.responseNote && (
              <p className="meeting-muted">{t("meetings.status.note", { note: impulse.responseNote })}</p>
            )}
            {(impulse.status === "offered" || impulse.status === "accepted") && (
              <div className="impulse-actions">
                {impulse.status === "offered" && editing !== impulse.id && (
                  <button
                    type="button"
                    className="button button-small"
                    data-edit-impulse={impulse.id}
                    aria-label={t("meetings.impulse.editLabel", { title: impulse.title })}
                    onClick={() => setEditing(impulse.id)}
                  >
                    {t("meetings.impulse.edit")}
                  </button>
                )}
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => ctx.actions.submit({ type: "impulse.withdraw", impulseId: impulse.id })}
                >
                  {t("meetings.impulse.withdraw")}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ImpulseStatusText({ ctx, impulse }: { ctx: MeetingsContext; impulse: Impulse }) {
  const t = useMeetingsT();
  const meeting = impulse.meetingId ? ctx.view.get<Meeting>("meeting", impulse.meetingId) : undefined;
  if (impulse.status === "scheduled" && meeting) {
    return (
      <span data-testid="impulse-status">
        {t("meetings.status.scheduled", { date: formatMeetingDate(meeting.date, ctx.language) })}
      </span>
    );
  }
  if (impulse.status === "cancelled" && meeting?.status === "cancelled") {
    // MEET-9: the talk went with its meeting; its presenter reads why.
    return (
      <span data-testid="impulse-status">
        {t("meetings.status.meetingCancelled", { date: formatMeetingDate(meeting.date, ctx.language) })}
      </span>
    );
  }
  return <span data-testid="impulse-status">{t(`meetings.status.${impulse.status}`, { date: "" })}</span>;
}

/** IMP-2/3: the moderators' queue of offers still to decide or to schedule. */
export function OffersQueue({ ctx, meetings }: { ctx: MeetingsContext; meetings: readonly Meeting[] }) {
  const t = useMeetingsT();
  const waiting = ctx.view
    .list<Impulse>("impulse")
    .filter((impulse) => impulse.status === "offered" || impulse.status === "accepted")
    .sort(byCreation);
  return (
    <section className="meetings-section" aria-labelledby="offers-heading">
      <h2 id="offers-heading" tabIndex={-1}>
        {t("meetings.offers")}
      </h2>
      {waiting.length === 0 ? (
        <p className="meeting-muted">{t("meetings.offersNone")}</p>
      ) : (
        <ul className="impulse-list" data-testid="offers">
          {waiting.map((impulse) => (
            <Offer key={impulse.id} ctx={ctx} impulse={impulse} meetings={meetings} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Offer({ ctx, impulse, meetings }: { ctx: MeetingsContext; impulse: Impulse; meetings: readonly Meeting[] }) {
  const t = useMeetingsT();
  const noteId = useId();
  const meetingSelectId = useId();
  const [note, setNote] = useState("");
  const [removing, setRemoving] = useState(false);
  const open = meetings.filter((meeting) => meeting.status === "planned");
  const preferred = open.find((meeting) => meeting.id === impulse.preferredMeetingId);
  const [meetingId, setMeetingId] = useState(preferred?.id ?? open[0]?.id ?? "");
  const target = open.find((meeting) => meeting.id === meetingId);

  function schedule() {
    if (!target) return;
    const rank = rankForNewTalk(agendaEntriesOf(ctx.view, target));
    ctx.actions.submit({ type: "impulse.schedule", impulseId: impulse.id, meetingId: target.id, rank });
  }

  return (
    <li className="impulse offer panel" data-testid="offer" data-title={impulse.title} data-status={impulse.status}>
      <h3 className="impulse-title">{impulse.title}</h3>
      <p>
        {t("meetings.offer.meta", { name: impulse.presenterName, minutes: impulse.minutes })}
        {impulse.organisation && `, ${impulse.organisation}`} – {t(`meetings.status.${impulse.status}`, { date: "" })}
      </p>
      {impulse.abstract && <p className="meeting-text">{impulse.abstract}</p>}
      {preferred && (
        <p className="meeting-muted">
          {t("meetings.offer.preferred", { date: formatMeetingDate(preferred.date, ctx.language) })}
        </p>
      )}
      {impulse.contactEmail && (
        <p className="meeting-muted">{t("meetings.offer.contact", { email: impulse.contactEmail })}</p>
      )}
      {impulse.noteToModerators && (
        <p className="meeting-muted">{t("meetings.offer.noteFrom", { note: impulse.noteToModerators })}</p>
      )}
      <div className="field">
        <label htmlFor={noteId}>{t("meetings.offer.responseNote")}</label>
        <input id={noteId} value={note} onChange={(event) => setNote(event.target.value)} maxLength={1000} />
      </div>
      <div className="page-actions">
        {impulse.status === "offered" && (
          <button
            type="button"
            className="button button-small"
            onClick={() => ctx.actions.submit({ type: "impulse.accept", impulseId: impulse.id, note })}
          >
            {t("meetings.offer.accept")}
          </button>
        )}
        <button
          type="button"
          className="button button-small"
          onClick={() => ctx.actions.submit({ type: "impulse.decline", impulseId: impulse.id, note })}
        >
          {t("meetings.offer.decline")}
        </button>
        <button
          type="button"
          className="button button-small button-danger"
          aria-label={t("meetings.offer.removeLabel", { title: impulse.title })}
          onClick={() => setRemoving(true)}
        >
          {t("meetings.offer.remove")}
        </button>
      </div>
      {removing && (
        <ConfirmDialog
          open
          title={t("meetings.offer.removeTitle")}
          message={t("meetings.offer.removeMessage", { title: impulse.title })}
          confirmLabel={t("meetings.offer.remove")}
          onCancel={() => setRemoving(false)}
          onConfirm={() => {
            // FAIR-3: gone with its contact data; the queue's heading keeps the focus.
            ctx.actions.submit({ type: "impulse.remove", impulseId: impulse.id });
            setRemoving(false);
            focusById("offers-heading");
          }}
        />
      )}
      {impulse.status === "accepted" && open.length > 0 && (
        <div className="offer-schedule">
          <div className="field">
            <label htmlFor={meetingSelectId}>{t("meetings.offer.scheduleOn")}</label>
            <select id={meetingSelectId} value={meetingId} onChange={(event) => setMeetingId(event.target.value)}>
              {open.map((meeting) => (
                <option key={meeting.id} value={meeting.id}>
                  {`${formatMeetingDate(meeting.date, ctx.language)} – ${meeting.theme}`}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button-small button-primary" onClick={schedule}>
            {t("meetings.offer.schedule")}
          </button>
        </div>
      )}
    </li>
  );
}
