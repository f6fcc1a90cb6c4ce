/** The exports' words in the two languages of the UI; German is the boards' own language. */
export const EXPORT_WORDS = {
  de: {
    exportedAt: "Exportiert am",
    revision: "Stand",
    columns: "Themen",
    noColumns: "Keine Themenspalten.",
    noCards: "Noch keine Karten.",
    anonymous: "anonym",
    meetings: "Termine",
    cancelled: "abgesagt",
    place: "Ort",
    online: "Online",
    registered: "Angemeldet",
    waiting: "Warteliste",
    places: "Plätze",
    agenda: "Tagesordnung",
    minutes: "Min.",
    documentation: "Dokumentation",
    wall: "Vernetzung",
    registrations: "Anmeldungen",
    groups: "Arbeitsgruppen",
    clusters: "Cluster",
    cluster: "Cluster",
    untitledCluster: "Cluster ohne Titel",
    merged: "Zusammengeführt",
    conveners: "Ansprechpersonen",
    groupTopics: "Themen",
    groupMembers: "Mitglieder",
    voting: "Abstimmungen",
    votingRound: "Abstimmung",
    roundOpen: "läuft",
    roundClosed: "beendet",
    top: "Top 3",
    resultsHidden: "Die Ergebnisse werden beim Ende der Abstimmung gezeigt.",
    noVotes: "Noch keine Punkte.",
    votes: "Punkte",
    priority: "Priorität",
    yes: "ja",
    likes: "Likes",
    cardHeader: ["Spalte", "Titel", "Text", "Link", "Autor", "Erstellt am"],
  },
  en: {
    exportedAt: "Exported on",
    revision: "Revision",
    columns: "Topics",
    noColumns: "No theme columns.",
    noCards: "No cards yet.",
    anonymous: "anonymous",
    meetings: "Meetings",
    cancelled: "cancelled",
    place: "Place",
    online: "Online",
    registered: "Registered",
    waiting: "Waiting list",
    places: "places",
    agenda: "Agenda",
    minutes: "min",
    documentation: "Documentation",
    wall: "Networking",
    registrations: "Registrations",
    groups: "Working groups",
    clusters: "Clusters",
    cluster: "Cluster",
    untitledCluster: "Untitled cluster",
    merged: "Merged",
    conveners: "Conveners",
    groupTopics: "Topics",
    groupMembers: "Members",
    voting: "Voting",
    votingRound: "Voting round",
    roundOpen: "open",
    roundClosed: "closed",
    top: "Top 3",
    resultsHidden: "Results are shown when the round ends.",
    noVotes: "No votes yet.",
    votes: "Votes",
    priority: "Priority",
    yes: "yes",
    likes: "Likes",
    cardHeader: ["Column", "Title", "Text", "Link", "Author", "Created at"],
  },
} as const;

export type ExportLanguage = keyof typeof EXPORT_WORDS;
export type ExportWords = (typeof EXPORT_WORDS)[ExportLanguage];

/** `?lang=en|de` first (the page's own language), then the caller's Accept-Language, else German. */
export function exportLanguageOf(query: unknown, accepts: (...languages: string[]) => string | false): ExportLanguage {
  if (query === "en" || query === "de") return query;
  return accepts("de", "en") === "en" ? "en" : "de";
}

const berlin = (language: ExportLanguage) =>
  new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", {
    timeZone: "Europe/Berlin",
    dateStyle: "medium",
    timeStyle: "short",
  });

/** A moment as Berlin wall time in the export's language. */
export function berlinDateTime(ms: number, language: ExportLanguage): string {
  return berlin(language).format(ms);
}

/** A meeting's YYYY-MM-DD as people read it: 24.01.2027 or 24/01/2027. */
export function meetingDate(date: string, language: ExportLanguage): string {
  const [year, month, day] = date.split("-");
  return language === "de" ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}
