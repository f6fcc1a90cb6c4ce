import type { PersonalDatum, Purpose } from "../../../shared/core/personalData";
import type { Audience } from "../../../shared/core/records";

/** Words for every kind of personal data and every purpose: a new one does not compile without them (LEGAL-3). */
type DatumWords = { [D in PersonalDatum as `privacy.datum.${D}`]: string };
type PurposeWords = { [P in Purpose as `privacy.purpose.${P}`]: string };
type AudienceWords = { [A in Audience as `privacy.readBy.${A}`]: string };

const datumDe: DatumWords = {
  "privacy.datum.name": "Namen",
  "privacy.datum.email": "E-Mail-Adressen",
  "privacy.datum.phone": "Telefonnummern",
  "privacy.datum.website": "Webseiten",
  "privacy.datum.profile": "Angaben zur Person (Organisation, Rolle, Region, Themen, Angebote und Gesuche)",
  "privacy.datum.text": "selbst geschriebene Texte",
  "privacy.datum.registration": "Anmeldungen zu Terminen (mit Platz oder Warteliste)",
  "privacy.datum.talkOffer": "Angebote für Impulsvorträge",
  "privacy.datum.vote": "abgegebene Punkte",
  "privacy.datum.like": "Herzen auf Karten",
  "privacy.datum.membership": "Mitgliedschaften in Arbeitsgruppen",
  "privacy.datum.consent": "die gegebene Einwilligung (Wortlaut und Zeitpunkt)",
  "privacy.datum.secretHash": "Prüfwerte geheimer Links (nie die Links selbst)",
  "privacy.datum.addressHash": "ein Prüfwert der IP-Adresse je Board (gegen Massenanmeldungen; nie die Adresse selbst)",
};

const datumEn: DatumWords = {
  "privacy.datum.name": "names",
  "privacy.datum.email": "email addresses",
  "privacy.datum.phone": "phone numbers",
  "privacy.datum.website": "websites",
  "privacy.datum.profile": "details about a person (organisation, role, region, topics, offers and requests)",
  "privacy.datum.text": "texts people write",
  "privacy.datum.registration": "registrations for meetings (with a place or on the waiting list)",
  "privacy.datum.talkOffer": "offers of impulse talks",
  "privacy.datum.vote": "dots given in votes",
  "privacy.datum.like": "likes on cards",
  "privacy.datum.membership": "memberships in working groups",
  "privacy.datum.consent": "the consent given (its words and when)",
  "privacy.datum.secretHash": "hashes of secret links (never the links)",
  "privacy.datum.addressHash": "a hash of the IP address per board (against mass registrations; never the address)",
};

const purposeDe: PurposeWords = {
  "privacy.purpose.topics": "Themenkarten",
  "privacy.purpose.meetings": "Termine und Anmeldungen",
  "privacy.purpose.talks": "Impulsvorträge",
  "privacy.purpose.networking": "Visitenkarten an der Vernetzungswand",
  "privacy.purpose.groups": "Arbeitsgruppen",
  "privacy.purpose.voting": "Abstimmungen und Herzen",
  "privacy.purpose.calendar": "Persönliche Kalender-Abos",
  "privacy.purpose.moderation": "Links für Co-Moderierende (mit Namen)",
};

const purposeEn: PurposeWords = {
  "privacy.purpose.topics": "Topic cards",
  "privacy.purpose.meetings": "Meetings and registrations",
  "privacy.purpose.talks": "Impulse talks",
  "privacy.purpose.networking": "Business cards on the networking wall",
  "privacy.purpose.groups": "Working groups",
  "privacy.purpose.voting": "Votes and likes",
  "privacy.purpose.calendar": "Personal calendar feeds",
  "privacy.purpose.moderation": "Co-moderator links (with names)",
};

const readByDe: AudienceWords = {
  "privacy.readBy.board": "alle auf dem Board",
  "privacy.readBy.moderators": "die Moderation",
  "privacy.readBy.author": "die Person selbst und die Moderation",
  "privacy.readBy.authorOnly": "nur die Person selbst",
};

const readByEn: AudienceWords = {
  "privacy.readBy.board": "everyone on the board",
  "privacy.readBy.moderators": "the moderators",
  "privacy.readBy.author": "the person and the moderators",
  "privacy.readBy.authorOnly": "only the person",
};

/** The privacy feature's own words (German first, then English): erase dialog, privacy page (the footer's are in footerMessages.ts). */
export const privacyDe = {
  ...datumDe,
  ...purposeDe,
  ...readByDe,
  "erase.title": "Deine Daten auf diesem Board löschen?",
  "erase.intro": "Alles, was du auf diesem Board geschrieben hast, wird endgültig gelöscht:",
  "erase.nothing": "Von dir ist auf diesem Board nichts gespeichert.",
  "erase.kind.card": "Themenkarten: {count}",
  "erase.kind.registration": "Anmeldungen: {count} (dein Platz geht an die nächste Person auf der Warteliste)",
  "erase.kind.impulse": "Impulsangebote: {count} (sie verschwinden auch aus dem Ablauf)",
  "erase.kind.businessCard": "Visitenkarte: {count}",
  "erase.kind.groupMembership": "Mitgliedschaften in Arbeitsgruppen: {count}",
  "erase.kind.ballot": "Stimmzettel: {count} (deine Punkte zählen in laufenden Runden nicht mehr)",
  "erase.kind.like": "Herzen: {count}",
  "erase.kind.calendarFeed": "Kalender-Abos: {count}",
  "erase.kind.other": "Weitere Einträge: {count}",
  "erase.stays":
    "Was die Moderation geschrieben hat, bleibt. Texte anderer, die mit einer deiner Karten zusammengeführt wurden, bleiben ohne deinen Namen stehen. Lade deine Daten vorher herunter, wenn du sie behalten möchtest.",
  "erase.confirm": "Endgültig löschen",
  "page.title": "Datenschutz",
  "page.intro":
    "Diese Seite wird aus den Einstellungen dieses Servers und den Funktionen der Software erzeugt. Sie zeigt, was hier über Menschen gespeichert wird, wozu und wie lange.",
  "page.operatorNotice": "Die Datenschutzerklärung des Betreibers",
  "page.imprint": "Impressum des Betreibers",
  "page.loading": "Wird geladen …",
  "page.failed": "Die Angaben dieses Servers konnten nicht geladen werden.",
  "page.stored": "Was gespeichert wird",
  "page.holds": "Daten: {data}.",
  "page.writtenBy.participants": "Eingegeben von den Teilnehmenden selbst (freiwillig).",
  "page.writtenBy.moderators": "Eingegeben von der Moderation.",
  "page.readBy": "Sichtbar für: {readers}.",
  "page.narrowed": "Einzelne Angaben, etwa Kontaktdaten, sehen weniger: nur die Moderation oder die Person selbst.",
  "page.noAccount":
    "Es gibt keine Konten. Dein Browser bekommt je Board eine zufällige Kennung; darüber erkennt das Board, was du geschrieben hast.",
  "page.retention": "Wie lange",
  "page.retention.days":
    "Ein Board wird {days} Tage nach seiner letzten Änderung gelöscht, mit allem, was darauf steht. Vorher zeigt es an, wann.",
  "page.retention.manual": "Bis die Moderation das Board löscht; Boards laufen auf diesem Server nicht von selbst ab.",
  "page.ownData":
    "Du kannst alles, was du auf einem Board geschrieben hast, jederzeit herunterladen und in einem Schritt löschen (im Board unter „Exportieren“). Gelöschtes wird auch aus dem Änderungsprotokoll und den Datenbankdateien entfernt, innerhalb weniger Sekunden.",
  "page.backups": "Macht der Betreiber Sicherungskopien, bleibt Gelöschtes darin, bis diese Kopien ersetzt werden.",
  "page.mail": "E-Mail",
  "page.mail.on":
    "Anmeldungen zu Terminen werden per E-Mail bestätigt; dazu geht die Adresse an den Mailserver des Betreibers.",
  "page.mail.off": "Dieser Server verschickt keine E-Mails.",
  "page.logs": "Protokolle",
  "page.logs.text":
    "Der Server protokolliert jede Anfrage nur mit ihrer Art, ihrem Ergebnis und ihrer Dauer: ohne IP-Adresse, ohne Namen, Kontaktdaten, Texte oder geheime Schlüssel. Ein vorgeschalteter Webserver (etwa für HTTPS) führt eigene Protokolle, die der Betreiber einstellt.",
  "page.browser": "In deinem Browser",
  "page.browser.text":
    "Die Seite setzt keine Cookies. Im Speicher deines Browsers (localStorage und IndexedDB) liegen: deine zufällige Kennung, dein Anzeigename, die Liste deiner Boards, Moderationsschlüssel, noch nicht gesendete Änderungen und Entwürfe, die gewählte Sprache und die geheimen Links zu deiner Visitenkarte, deinem Kalender-Abo und Arbeitsgruppen, die du einberufst. Das alles bleibt auf deinem Gerät, bis du es dort löschst.",
  "page.thirdParties": "Keine Dritten",
  "page.thirdParties.text":
    "Die Seiten laden nichts von anderen Servern: keine Schriften, keine Skripte, keine Statistik. Nichts wird an Dritte weitergegeben.",
  "page.back": "Zur Startseite",
};

export const privacyEn: Record<keyof typeof privacyDe, string> = {
  ...datumEn,
  ...purposeEn,
  ...readByEn,
  "erase.title": "Delete your data on this board?",
  "erase.intro": "Everything you wrote on this board is deleted for good:",
  "erase.nothing": "Nothing of yours is stored on this board.",
  "erase.kind.card": "Topic cards: {count}",
  "erase.kind.registration": "Registrations: {count} (your place goes to the next person on the waiting list)",
  "erase.kind.impulse": "Impulse offers: {count} (they leave the agenda too)",
  "erase.kind.businessCard": "Business card: {count}",
  "erase.kind.groupMembership": "Memberships in working groups: {count}",
  "erase.kind.ballot": "Ballots: {count} (your dots no longer count in open rounds)",
  "erase.kind.like": "Likes: {count}",
  "erase.kind.calendarFeed": "Calendar feeds: {count}",
  "erase.kind.other": "Other entries: {count}",
  "erase.stays":
    "What the moderators wrote stays. Other people's words merged into one of your cards stay, without your name. Download your data first if you want to keep it.",
  "erase.confirm": "Delete for good",
  "page.title": "Privacy",
  "page.intro":
    "This page is made from this server's settings and the software's features. It shows what is stored here about people, why and for how long.",
  "page.operatorNotice": "The operator's privacy notice",
  "page.imprint": "The operator's imprint",
  "page.loading": "Loading …",
  "page.failed": "This server's details could not be loaded.",
  "page.stored": "What is stored",
  "page.holds": "Data: {data}.",
  "page.writtenBy.participants": "Entered by the participants themselves (voluntarily).",
  "page.writtenBy.moderators": "Entered by the moderators.",
  "page.readBy": "Visible to: {readers}.",
  "page.narrowed": "Some details, such as contact data, reach fewer people: only the moderators or the person.",
  "page.noAccount":
    "There are no accounts. Your browser gets a random id per board; that is how the board knows what you wrote.",
  "page.retention": "For how long",
  "page.retention.days":
    "A board is deleted {days} days after its last change, with everything on it. It shows when beforehand.",
  "page.retention.manual": "Until the moderators delete the board; boards do not expire on this server.",
  "page.ownData":
    "You can download everything you wrote on a board at any time and delete it in one step (on the board under “Export”). What is deleted also leaves the change log and the database files, within seconds.",
  "page.backups": "If the operator makes backups, deleted data stays in them until those copies are replaced.",
  "page.mail": "Email",
  "page.mail.on": "Registrations for meetings are confirmed by email; the address goes to the operator's mail server.",
  "page.mail.off": "This server sends no email.",
  "page.logs": "Logs",
  "page.logs.text":
    "The server logs each request only with its kind, result and duration: no IP address, no names, contact data, texts or secret keys. A web server in front of it (for HTTPS, say) keeps logs of its own, as the operator sets it up.",
  "page.browser": "In your browser",
  "page.browser.text":
    "The site sets no cookies. Your browser's storage (localStorage and IndexedDB) holds: your random id, your display name, the list of your boards, moderator keys, changes not yet sent and drafts, the language you chose, and the secret links to your business card, your calendar feed and working groups you convene. All of it stays on your device until you delete it there.",
  "page.thirdParties": "No third parties",
  "page.thirdParties.text":
    "The pages load nothing from other servers: no fonts, no scripts, no analytics. Nothing is passed on to third parties.",
  "page.back": "To the start page",
};
