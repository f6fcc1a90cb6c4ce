/**
 * NET-UI-4: who fits whom, in the browser, over the cards the viewer may see. Simple and explainable:
 * words are cut to a rough German/English stem (lower case, umlauts kept, common endings removed),
 * short and common words are dropped, and two texts match where they share stems. Topics match as
 * tags (case-insensitive). Every hint names what matched, so a person can see why.
 */

/** What matching reads of a card: the fields every viewer receives (never a contact field). */
export interface MatchableCard {
  id: string;
  name: string;
  fieldsOfWork: readonly string[];
  region: string;
  topics: readonly string[];
  offers: string;
  seeks: string;
}

const STOP_WORDS = new Set(
  (
    "aber alle allem allen aller alles also auch auf aus bei beim bin bis bist dann das dass dem den der des die dies diese " +
    "diesem diesen dieser dir doch dort durch ein eine einem einen einer eines etwa etwas euch für gibt hab habe haben hat " +
    "hier ich ihr ihre im in ist ja jede jeden jeder kann kein keine mal man mehr mein meine mich mir mit muss nach neue " +
    "neuen nicht noch nur oder ohne sehr sein sich sie sind so über um und uns unser unsere unter viel vom von vor wäre " +
    "war was weg weil welche wenn wer werden wie wir will wird wo zu zum zur zwischen suche suchen biete bieten gerne " +
    "leute menschen jemand jemanden " +
    "about all also and any are can for from have how into its more our out some such that the their them then there " +
    "they this those with who will would what when where which your you looking offer offering people someone"
  ).split(" "),
);

/** Endings removed from a word, longest first, while at least four letters stay. */
const ENDINGS = ["ungen", "ung", "heiten", "heit", "keiten", "keit", "ismus", "ern", "en", "er", "es", "e", "n", "s"];

/** A word's rough stem: "Förderungen" and "Förderung" → "förder", "Projekte" → "projekt". */
export function stem(word: string): string {
  let stemmed = word.toLocaleLowerCase("de").replace(/ß/g, "ss");
  for (const ending of ENDINGS) {
    if (stemmed.length - ending.length >= 4 && stemmed.endsWith(ending)) {
      stemmed = stemmed.slice(0, -ending.length);
      break;
    }
  }
  return stemmed;
}

/** The stems of a text, each with the first word it came from (to show in a hint). */
export function stemsOf(text: string): Map<string, string> {
  const stems = new Map<string, string>();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const lower = word.toLocaleLowerCase("de");
    if (lower.length < 3 || STOP_WORDS.has(lower)) continue;
    const key = stem(word);
    if (!stems.has(key)) stems.set(key, word);
  }
  return stems;
}

/** A tag's key: lower case, inner spaces folded. */
export const tagKey = (tag: string) => tag.trim().toLocaleLowerCase("de").replace(/\s+/g, " ");

/** A stem this long may name the head of a German compound: "berat" in "fördermittelberat". */
const COMPOUND_HEAD = 5;

/**
 * The word of `offer` that meets a needed stem: the same stem, or a compound ending in it (German
 * puts the thing at the end: "Fördermittelberatung" is a Beratung, "Kunststoff" is no Kunst).
 */
function wordMeeting(needStem: string, offer: Map<string, string>): string | undefined {
  const same = offer.get(needStem);
  if (same || needStem.length < COMPOUND_HEAD) return same;
  for (const [offerStem, word] of offer) if (offerStem.endsWith(needStem)) return word;
  return undefined;
}

/** Words of `offer` that meet a stem of `need` (as `offer` writes them), in need's order, once each. */
function wordsMet(need: Map<string, string>, offer: Map<string, string>): string[] {
  const met = new Set<string>();
  for (const key of need.keys()) {
    const word = wordMeeting(key, offer);
    if (word) met.add(word);
  }
  return [...met];
}

/** What matching compares of a card, worked out once per version of it. */
interface CardTerms {
  offerStems: Map<string, string>;
  seekStems: Map<string, string>;
  topicKeys: Set<string>;
  fieldKeys: Set<string>;
  regionKey: string;
}

// Records are replaced, never changed, on every edit: a card's terms hold until its next version.
// A board update re-matches a 2,000-card wall in a few milliseconds instead of stemming every text.
const termsCache = new WeakMap<MatchableCard, CardTerms>();

function termsOf(card: MatchableCard): CardTerms {
  let terms = termsCache.get(card);
  if (!terms) {
    terms = {
      offerStems: stemsOf(`${card.offers} ${card.topics.join(" ")}`),
      seekStems: stemsOf(card.seeks),
      topicKeys: new Set(card.topics.map(tagKey)),
      fieldKeys: new Set(card.fieldsOfWork.map(tagKey)),
      regionKey: tagKey(card.region),
    };
    termsCache.set(card, terms);
  }
  return terms;
}

/** Why another card fits the viewer's own. Empty lists: no reason. */
export interface Match {
  cardId: string;
  /** Topics both carry, as the other card writes them. */
  sharedTopics: string[];
  /** Words of the other's offer (or topics) that meet the viewer's "looking for". */
  offersWhatYouSeek: string[];
  /** Words of the viewer's offer (or topics) that meet the other's "looking for". */
  seeksWhatYouOffer: string[];
  sharedFieldsOfWork: string[];
  sameRegion: boolean;
  /** 3 per word met either way, 2 per shared topic, 1 per shared field of work, 1 for the region. */
  score: number;
}

// The match of two card versions never changes: the same object comes back, so a card whose match
// did not change is not drawn again (BusinessCardItem is memoised) when something else on the board did.
const matchCache = new WeakMap<MatchableCard, WeakMap<MatchableCard, Match>>();

/** How `other` fits `own` (the viewer's card); the same object for the same two versions. */
export function matchOf(own: MatchableCard, other: MatchableCard): Match {
  let ofOwn = matchCache.get(own);
  if (!ofOwn) {
    ofOwn = new WeakMap();
    matchCache.set(own, ofOwn);
  }
  let match = ofOwn.get(other);
  if (!match) {
    match = freshMatch(own, other);
    ofOwn.set(other, match);
  }
  return match;
}

function freshMatch(own: MatchableCard, other: MatchableCard): Match {
  const mine = termsOf(own);
  const theirs = termsOf(other);
  const sharedTopics = other.topics.filter((topic) => mine.topicKeys.has(tagKey(topic)));
  const offersWhatYouSeek = wordsMet(mine.seekStems, theirs.offerStems);
  const seeksWhatYouOffer = wordsMet(theirs.seekStems, mine.offerStems);
  const sharedFieldsOfWork = other.fieldsOfWork.filter((field) => mine.fieldKeys.has(tagKey(field)));
  const sameRegion = mine.regionKey !== "" && mine.regionKey === theirs.regionKey;
  const score =
    3 * (offersWhatYouSeek.length + seeksWhatYouOffer.length) +
    2 * sharedTopics.length +
    sharedFieldsOfWork.length +
    (sameRegion ? 1 : 0);
  return {
    cardId: other.id,
    sharedTopics,
    offersWhatYouSeek,
    seeksWhatYouOffer,
    sharedFieldsOfWork,
    sameRegion,
    score,
  };
}

/** The matches of every other card with the viewer's own, by card id. */
export function matchesFor(own: MatchableCard, cards: readonly MatchableCard[]): Map<string, Match> {
  const matches = new Map<string, Match>();
  for (const card of cards) if (card.id !== own.id) matches.set(card.id, matchOf(own, card));
  return matches;
}

/**
 * "People for you": the cards that fit at all, best first. Only a topic, an offer or a need counts;
 * a shared region or field of work alone only ranks among those.
 */
export function peopleFor<C extends MatchableCard>(
  own: MatchableCard,
  cards: readonly C[],
  limit = 5,
  matches: ReadonlyMap<string, Match> = matchesFor(own, cards),
): { card: C; match: Match }[] {
  return cards
    .flatMap((card) => {
      const match = matches.get(card.id);
      return match ? [{ card, match }] : [];
    })
    .filter(
      ({ match }) => match.sharedTopics.length + match.offersWhatYouSeek.length + match.seeksWhatYouOffer.length > 0,
    )
    .sort((a, b) => b.match.score - a.match.score || a.card.name.localeCompare(b.card.name, "de"))
    .slice(0, limit);
}
