import { ENGLISH_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS } from "../../../shared/words/functionWords";
import { languageOf, tokensOf } from "../../../shared/words/stems";

/**
 * NET-UI-4, NET-12: who fits whom, in the browser, over the cards the viewer may see. Simple and
 * explainable: words are cut to their stem by the Snowball stemmer (the cluster suggestions' own,
 * shared/words/stems.ts: "Förderungen" and "Förderung", "Bäume" and "Baum" meet), function words and
 * the words nearly every card uses ("Kontakte") are dropped, and two texts match where they share
 * stems. Topics match as tags (case-insensitive). Every hint names what matched, in its base form.
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

/** Words of offering and seeking that every card says in other words ("Ich suche jemanden …"). */
const WALL_WORDS = `suche suchen biete bieten gerne leute menschen jemand jemanden
looking offer offering people someone`;

const STOP_WORDS: ReadonlySet<string> = new Set([
  ...GERMAN_FUNCTION_WORDS,
  ...ENGLISH_FUNCTION_WORDS,
  ...WALL_WORDS.split(/\s+/).filter(Boolean),
]);
const NO_STOP_WORDS: ReadonlySet<string> = new Set();

// The stemmer is the slowest step and a wall repeats its words: each word is stemmed once.
const stems = new Map<string, string>();

/** A word's stem: "Förderungen" and "Förderung" → "forder", "Bäume" → "baum". */
export function stem(word: string): string {
  return tokensOf(word, languageOf(word), NO_STOP_WORDS, stems)[0]?.stem ?? word.toLocaleLowerCase("de");
}

/** The stems of a text, each with the first word it came from (to show in a hint). */
export function stemsOf(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const token of tokensOf(text, languageOf(text), STOP_WORDS, stems)) {
    if (!found.has(token.stem)) found.set(token.stem, token.surface);
  }
  return found;
}

/** A tag's key: lower case, inner spaces folded. */
export const tagKey = (tag: string) => tag.trim().toLocaleLowerCase("de").replace(/\s+/g, " ");

/** A stem this long may name the head of a German compound: "berat" in "fordermittelberat". */
const COMPOUND_HEAD = 5;

/** Of two ways to write one stem, the base form: the shorter ("Förderung", not "Förderungen"). */
const baseForm = (a: string, b: string) => (b.length < a.length ? b : a);

/**
 * The word of `offer` that meets a needed stem, in its base form: the same stem (the shorter of the
 * two words), or a compound ending in it (German puts the thing at the end: "Fördermittelberatung"
 * is a Beratung, "Kunststoff" is no Kunst). Stems in `common` meet nothing.
 */
function wordMeeting(
  needStem: string,
  needWord: string,
  offer: Map<string, string>,
  common: ReadonlySet<string>,
): string | undefined {
  if (common.has(needStem)) return undefined;
  const same = offer.get(needStem);
  if (same) return baseForm(same, needWord);
  if (needStem.length < COMPOUND_HEAD) return undefined;
  for (const [offerStem, word] of offer) if (offerStem.endsWith(needStem) && !common.has(offerStem)) return word;
  return undefined;
}

/** Words of `offer` that meet a stem of `need`, in need's order, once each. */
function wordsMet(need: Map<string, string>, offer: Map<string, string>, common: ReadonlySet<string>): string[] {
  const met = new Set<string>();
  for (const [key, word] of need) {
    const found = wordMeeting(key, word, offer, common);
    if (found) met.add(found);
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

/**
 * NET-12: a word on more than half of the cards (of five or more) says nothing about who fits whom
 * ("Kontakte", "Netzwerk"): its stem meets nobody. Fewer cards say too little about what all write.
 */
const COMMON_SHARE = 0.5;
const COMMON_MIN_CARDS = 5;

let lastCommon: ReadonlySet<string> = new Set();

/**
 * The stems that nearly every card uses (offers, needs and topics), as a set that stays the same
 * object while its content does, so matches made with it stay the same objects too.
 */
export function commonStems(cards: readonly MatchableCard[]): ReadonlySet<string> {
  const common = new Set<string>();
  if (cards.length >= COMMON_MIN_CARDS) {
    const counts = new Map<string, number>();
    for (const card of cards) {
      const { offerStems, seekStems } = termsOf(card);
      for (const key of new Set([...offerStems.keys(), ...seekStems.keys()]))
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, count] of counts) if (count > cards.length * COMMON_SHARE) common.add(key);
  }
  const same = common.size === lastCommon.size && [...common].every((key) => lastCommon.has(key));
  if (!same) lastCommon = common;
  return lastCommon;
}

// The match of two card versions never changes while the common words stay: the same object comes
// back, so a card whose match did not change is not drawn again (BusinessCardItem is memoised) when
// something else on the board did.
const matchCache = new WeakMap<ReadonlySet<string>, WeakMap<MatchableCard, WeakMap<MatchableCard, Match>>>();

/** How `other` fits `own` (the viewer's card); the same object for the same two versions. */
export function matchOf(own: MatchableCard, other: MatchableCard, common: ReadonlySet<string> = NO_STOP_WORDS): Match {
  let ofCommon = matchCache.get(common);
  if (!ofCommon) {
    ofCommon = new WeakMap();
    matchCache.set(common, ofCommon);
  }
  let ofOwn = ofCommon.get(own);
  if (!ofOwn) {
    ofOwn = new WeakMap();
    ofCommon.set(own, ofOwn);
  }
  let match = ofOwn.get(other);
  if (!match) {
    match = freshMatch(own, other, common);
    ofOwn.set(other, match);
  }
  return match;
}

function freshMatch(own: MatchableCard, other: MatchableCard, common: ReadonlySet<string>): Match {
  const mine = termsOf(own);
  const theirs = termsOf(other);
  const sharedTopics = other.topics.filter((topic) => mine.topicKeys.has(tagKey(topic)));
  const offersWhatYouSeek = wordsMet(mine.seekStems, theirs.offerStems, common);
  const seeksWhatYouOffer = wordsMet(theirs.seekStems, mine.offerStems, common);
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
export function matchesFor(
  own: MatchableCard,
  cards: readonly MatchableCard[],
  common: ReadonlySet<string> = commonStems(cards),
): Map<string, Match> {
  const matches = new Map<string, Match>();
  for (const card of cards) if (card.id !== own.id) matches.set(card.id, matchOf(own, card, common));
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
