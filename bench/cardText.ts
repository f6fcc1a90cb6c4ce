import type { TopicContent } from "../shared/model";

/** Deterministic, plausible card text for seeding boards and sizing messages. */
const WORDS = (
  "Radweg Schulhof Bürgerhaus Quartier Spielplatz Nahverkehr Bäume Sitzbänke Marktplatz Jugendtreff Mobilität " +
  "Klimaschutz Ehrenamt Nachbarschaft Bücherei Sprechstunde Tempo Parkplätze Grünfläche Brunnen Beteiligung " +
  "Haushalt Sanierung Barrierefreiheit Wohnraum Mieten Kita Pflege Sportverein Dorfladen Vorschlag Idee Frage " +
  "Antrag Termin Treffen Arbeitsgruppe Workshop Abstimmung Rückmeldung Busverbindung Carsharing Fahrradständer " +
  "Solaranlage Fassade Dachbegrünung Regenwasser Hitzeschutz Trinkbrunnen Schulweg Zebrastreifen Ampel Beleuchtung " +
  "Gehweg Kreuzung Bahnhof Haltestelle Taktung Nachtbus Rufbus Lastenrad Reparaturcafé Tauschbörse Gemeinschaftsgarten " +
  "Streuobstwiese Blühstreifen Insekten Lärmschutz Feinstaub Energiesparen Wärmepumpe Nahwärme Genossenschaft " +
  "Sozialwohnungen Leerstand Zwischennutzung Seniorentreff Begegnungscafé Sprachkurs Hausaufgabenhilfe Ferienprogramm " +
  "Skaterpark Bolzplatz Schwimmbad Turnhalle Stadtteilfest Flohmarkt Kulturverein Musikschule Theatergruppe " +
  "Ausstellung Chor Bürgerbudget Ortsbeirat Sitzung Protokoll Einladung Umfrage Petition Infostand Newsletter " +
  "wir brauchen mehr weniger bessere sichere neue gemeinsame offene günstige schnelle kostenlose regelmäßige " +
  "für die den das dem mit und oder im am zum zur von bei nach ohne gegen über unter vor seit " +
  "sollte könnte wollen bitte prüfen einrichten verbessern ausbauen erhalten fördern planen starten organisieren"
).split(" ");

/** A small linear congruential generator, so every run seeds the same board. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function words(random: () => number, count: number): string {
  const picked: string[] = [];
  for (let i = 0; i < count; i++) picked.push(WORDS[Math.floor(random() * WORDS.length)]);
  return picked.join(" ");
}

/** A topic proposal: a 2–8 word title; half of them have a body of 5–30 words, one in ten a link. */
export function topicContent(random: () => number): TopicContent {
  const title = words(random, 2 + Math.floor(random() * 7));
  const body = random() < 0.5 ? `${words(random, 5 + Math.floor(random() * 26))}.` : "";
  const link = random() < 0.1 ? `https://example.org/vorschlag/${Math.floor(random() * 100_000)}` : null;
  return { kind: "topic", title, body, link };
}

/** Content of a fixed size for the fan-out load, so every run sends the same bytes. */
export function fixedContent(index: number): TopicContent {
  return {
    kind: "topic",
    title: `Vorschlag ${index % 1000}: Radwege`,
    body: "Sichere Wege zur Schule.",
    link: null,
  };
}
