import type { BusinessCardText } from "../shared/features/networking/records";
import { TEMPLATES } from "../shared/templates";

/**
 * Deterministic, plausible business cards for the networking wall benchmark: German names,
 * organisations, two fields of work from the `vernetzung` template's list, a region, 3–6 topics,
 * "offers"/"seeks" sentences of 8–15 words and a short about-text.
 */
const FIRST_NAMES = (
  "Anna Ben Cem Dana Emil Fatma Greta Hannes Ines Jonas Katrin Lukas Marie Niklas Olga Paul Queenie Rosa Sven Tanja " +
  "Uwe Vera Wiebke Yusuf Zoe Anke Bernd Claudia Dirk Elke Frank Gabi Heike Ingo Jana Kai Lena Maik Nadine Ole Petra " +
  "Ralf Sabine Thomas Ulrike Volker Wenke Aylin Milan Leonie Matthias Sophie Jürgen Birgit Henrik Franziska Torsten"
).split(" ");
const LAST_NAMES = (
  "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf " +
  "Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann " +
  "Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung " +
  "Hahn Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Kowalski Nowak"
).split(" ");
const ORG_KINDS = [
  "Kulturverein",
  "Bürgerstiftung",
  "Energiegenossenschaft",
  "Jugendclub",
  "Heimatverein",
  "Wirtschaftsförderung",
  "Volkshochschule",
  "Regionalmanagement",
  "Mehrgenerationenhaus",
  "Tischlerei",
  "Bioland-Hof",
  "Landratsamt",
  "Hochschule",
  "Sportverein",
  "Tourismusverband",
  "Netzwerk",
  "Initiative",
  "Sozialwerk",
];
const ORG_NAMES = [
  "Lausitz",
  "Oberlausitz",
  "Spreewald",
  "Neißeland",
  "Zukunft Lausitz",
  "Strukturwandel",
  "Kohleland im Wandel",
  "Grenzenlos",
  "Lebendiges Dorf",
  "Junge Lausitz",
];
const ROLES = [
  "Geschäftsführerin",
  "Projektleiter",
  "Vorsitzende",
  "Referent für Öffentlichkeitsarbeit",
  "Bildungsreferentin",
  "Quartiersmanager",
  "Inhaber",
  "Gründerin",
  "Ehrenamtlicher Koordinator",
  "Wissenschaftliche Mitarbeiterin",
  "",
];
const TOPICS = (
  "Bürgerenergie Wärmeplanung Solardächer Radverkehr ÖPNV Fachkräfte Fördermittel Ehrenamt Jugendbeteiligung " +
  "Kulturarbeit Dorfentwicklung Leerstand Coworking Digitalisierung Breitband Wasserstoff Kreislaufwirtschaft " +
  "Regionalvermarktung Direktvermarktung Pflege Gesundheit Integration Sprachkurse Tourismus Bergbaufolgelandschaft " +
  "Seenland Sorbische_Kultur Erinnerungskultur Demokratiebildung Schülerfirmen Berufsorientierung Handwerk " +
  "Gründungen Mobilität Mitfahrbank Carsharing Klimaanpassung Wald Landwirtschaft Biodiversität Streuobst " +
  "Gemeinschaftsgärten Nachbarschaftshilfe Seniorenarbeit Barrierefreiheit Open_Data Verwaltungsmodernisierung"
)
  .split(" ")
  .map((topic) => topic.replace(/_/g, " "));
const OFFER_WORDS = (
  "Beratung Räume Erfahrung Kontakte Werkstatt Förderanträge Moderation Workshops Know-how Netzwerk Unterstützung " +
  "Begleitung Praktika Ausbildungsplätze Fahrzeuge Veranstaltungstechnik Öffentlichkeitsarbeit Öffentlichkeit Daten " +
  "Studien Expertise Mentoring Finanzierung Flächen Saal Technik Fotografie Übersetzung Planung Projektmanagement"
).split(" ");
const SEEK_WORDS = (
  "Partner Mitstreiterinnen Ehrenamtliche Fachkräfte Sponsoren Räume Kooperationen Referentinnen Förderung Ideen " +
  "Kontakte Praktikanten Gründerinnen Investoren Flächen Mitglieder Helfer Betriebe Schulen Kommunen Vereine"
).split(" ");
const FILLER = (
  "für die den das mit und in der Region vor Ort im Landkreis gemeinsam regelmäßig gerne auch bei unseren neuen " +
  "Projekte Projekten Vorhaben rund um langfristig kurzfristig zuverlässig offen kostenlos unkompliziert"
).split(" ");
const ABOUT = [
  "Ich arbeite seit vielen Jahren in der Region und bringe Menschen zusammen, die etwas bewegen wollen.",
  "Unser Verein organisiert Veranstaltungen, Workshops und Begegnungen für Jung und Alt.",
  "Wir sind ein kleines Team mit großen Plänen für den Strukturwandel in der Lausitz.",
  "Mir liegt am Herzen, dass die Dörfer lebendig bleiben und junge Leute eine Perspektive finden.",
  "Als Betrieb bilden wir aus, reparieren statt wegzuwerfen und suchen neue Wege in die Zukunft.",
  "Ich forsche zu Energie, Wasser und Landschaft und teile meine Ergebnisse gern mit der Praxis.",
  "",
];

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];

/** `count` different entries of the list. */
function distinct<T>(random: Random, list: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, list.length)) chosen.add(pick(random, list));
  return [...chosen];
}

/** A sentence of 8–15 words, about half of them from `keywords`. */
function sentence(random: Random, opening: string, keywords: readonly string[]): string {
  const length = 8 + Math.floor(random() * 8);
  const words = opening.split(" ");
  while (words.length < length) words.push(random() < 0.5 ? pick(random, keywords) : pick(random, FILLER));
  return `${words.join(" ")}.`;
}

export function wallCardText(random: Random): BusinessCardText {
  const { fieldsOfWork, regions } = TEMPLATES.vernetzung.wall;
  return {
    name: `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`,
    organisation: random() < 0.15 ? "" : `${pick(random, ORG_KINDS)} ${pick(random, ORG_NAMES)}`,
    role: pick(random, ROLES),
    fieldsOfWork: distinct(random, fieldsOfWork, 2),
    region: pick(random, regions),
    topics: distinct(random, TOPICS, 3 + Math.floor(random() * 4)),
    offers: sentence(random, "Wir bieten", OFFER_WORDS),
    seeks: sentence(random, "Ich suche", SEEK_WORDS),
    about: pick(random, ABOUT),
  };
}
