import { authoredBy } from "../../core/personalData";
import { type RecordWrite, removeWrite } from "../../core/records";
import { agendaChanged } from "./agendaChanged";
import { type Impulse, ON_AGENDA } from "./records";

/**
 * DATA-2: a person's offers go with their contact data, as a moderator's impulse.remove does (FAIR-3);
 * a talk on an agenda leaves it, and its meeting's calendar entry changes (its sequence, once).
 */
export const impulsePersonalData = authoredBy<Impulse>(
  ["name", "email", "text", "talkOffer"],
  "talks",
  (view, own, now) => {
    const writes: RecordWrite[] = own.map(removeWrite);
    const agendas = new Set(
      own.flatMap((impulse) => (ON_AGENDA.has(impulse.status) && impulse.meetingId ? [impulse.meetingId] : [])),
    );
    for (const meetingId of agendas) writes.push(...agendaChanged(view, meetingId, now));
    return writes;
  },
);
