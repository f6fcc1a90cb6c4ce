import { useMemo, useRef, useState } from "react";
import { type BoardState, cardsOf } from "../../../shared/boardState";
import { viewOf } from "../../../shared/core/recordView";
import { agendaItemRules } from "../../../shared/features/impulses/agendaItemRules";
import { impulseRules } from "../../../shared/features/impulses/impulseRules";
import { calendarFeedRules } from "../../../shared/features/meetings/calendarFeedRules";
import { meetingRules } from "../../../shared/features/meetings/meetingRules";
import type { Meeting } from "../../../shared/features/meetings/records";
import { registrationRules } from "../../../shared/features/meetings/registrationRules";
import type { Actor, Card } from "../../../shared/model";
import { sortRanked } from "../../../shared/ordering";
import type { BoardActions } from "../../core/boardActions";
import { useI18n } from "../../i18n/I18nProvider";
import { addRules } from "../../sync/clientRules";
import { CalendarPanel } from "./CalendarPanel";
import { UPCOMING_HEADING_ID } from "./headings";
import { ImpulseForm } from "./ImpulseForm";
import { MeetingForm } from "./MeetingForm";
import { MeetingItem } from "./MeetingItem";
import { useMeetingsT } from "./useMeetingsT";
import "./meetings.css";
import { berlinToday, splitMeetings } from "../../../shared/features/meetings/days";
import type { MeetingsContext } from "./meetingsContext";
import { MyImpulses, OffersQueue } from "./Offers";

// The browser predicts meeting, registration, impulse and feed ops once this view has loaded.
addRules([...meetingRules, ...registrationRules, ...calendarFeedRules, ...impulseRules, ...agendaItemRules]);

interface Props {
  board: BoardState;
  actor: Actor;
  actions: BoardActions;
  labelOf(card: Card): string;
}

/** The board's meetings (MEET-UI-2): upcoming first, then past ones; offers, registrations, agenda. */
export function MeetingsView({ board, actor, actions, labelOf }: Props) {
  const { language } = useI18n();
  const t = useMeetingsT();
  const [form, setForm] = useState<"meeting" | "impulse" | null>(null);
  const [sent, setSent] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);
  const offerRef = useRef<HTMLButtonElement>(null);
  const today = berlinToday();
  const ctx = useMemo<MeetingsContext>(
    () => ({
      board,
      view: viewOf(board),
      actor,
      actions,
      moderator: actor.role === "moderator",
      language,
      today,
      labelOf,
    }),
    [board, actor, actions, language, today, labelOf],
  );
  const meetings = ctx.view.list<Meeting>("meeting");
  const { upcoming, past } = splitMeetings(meetings, today);
  const cards = useMemo(() => sortRanked(Object.values(cardsOf(board))), [board]);
  const close = (opener: HTMLButtonElement | null) => {
    setForm(null);
    requestAnimationFrame(() => opener?.focus());
  };

  return (
    <div className="meetings" data-testid="meetings">
      <div className="page-actions meetings-actions">
        {ctx.moderator && (
          <button
            ref={addRef}
            type="button"
            className="button button-primary"
            aria-expanded={form === "meeting"}
            data-testid="meeting-add"
            onClick={() => setForm(form === "meeting" ? null : "meeting")}
          >
            {t("meetings.add")}
          </button>
        )}
        <button
          ref={offerRef}
          type="button"
          className="button"
          aria-expanded={form === "impulse"}
          data-testid="impulse-offer"
          onClick={() => {
            setSent(false);
            setForm(form === "impulse" ? null : "impulse");
          }}
        >
          {t("meetings.impulse.open")}
        </button>
      </div>
      {form === "meeting" && <MeetingForm ctx={ctx} cards={cards} onDone={() => close(addRef.current)} />}
      {form === "impulse" && (
        <ImpulseForm
          ctx={ctx}
          meetings={upcoming.filter((meeting) => meeting.status === "planned")}
          onDone={(done) => {
            setSent(done);
            close(offerRef.current);
          }}
        />
      )}
      <p role="status" className="meeting-muted">
        {sent ? t("meetings.impulse.sent") : ""}
      </p>
      {ctx.moderator && <OffersQueue ctx={ctx} meetings={upcoming} />}
      <MyImpulses ctx={ctx} meetings={upcoming.filter((meeting) => meeting.status === "planned")} />
      <section className="meetings-section" aria-labelledby="meetings-upcoming">
        <h2 id={UPCOMING_HEADING_ID} tabIndex={-1}>
          {t("meetings.upcoming")}
        </h2>
        {upcoming.length === 0 ? (
          <p className="meeting-muted" data-testid="meetings-empty">
            {t("meetings.none")}
          </p>
        ) : (
          <ul className="meeting-list" data-testid="meetings-upcoming">
            {upcoming.map((meeting) => (
              <MeetingItem key={meeting.id} ctx={ctx} meeting={meeting} past={false} cards={cards} />
            ))}
          </ul>
        )}
      </section>
      {past.length > 0 && (
        <section className="meetings-section" aria-labelledby="meetings-past">
          <h2 id="meetings-past">{t("meetings.past")}</h2>
          <ul className="meeting-list" data-testid="meetings-past">
            {past.map((meeting) => (
              <MeetingItem key={meeting.id} ctx={ctx} meeting={meeting} past cards={cards} />
            ))}
          </ul>
        </section>
      )}
      <CalendarPanel ctx={ctx} />
    </div>
  );
}
