import type { PlacedToken } from "./labels";
import type { SuggestionSettings } from "./settings";
import type { SynonymIndex } from "./synonyms";
import { languageOf, tokensOf } from "./tokens";

/** A card's text as the suggestions read it. */
export interface CardText {
  id: string;
  title: string;
  body: string;
}

/** A sparse vector of length 1 (or none): feature indices ascending, and their weights. */
export interface SparseVector {
  features: Int32Array;
  weights: Float64Array;
}

/** One card's vectors, one per block of features. */
export interface CardVectors {
  words: SparseVector;
  grams: SparseVector;
  synonyms: SparseVector;
  /** The card's words, for its group's label. */
  tokens: PlacedToken[];
}

export type Block = "words" | "grams" | "synonyms";

/** Feature names to dense indices, and how many cards hold each. */
class Vocabulary {
  readonly index = new Map<string, number>();
  readonly documentFrequency: number[] = [];

  countsOf(features: Map<string, number>): Map<number, number> {
    const counts = new Map<number, number>();
    for (const [feature, count] of features) {
      let id = this.index.get(feature);
      if (id === undefined) {
        id = this.documentFrequency.length;
        this.index.set(feature, id);
        this.documentFrequency.push(0);
      }
      this.documentFrequency[id]++;
      counts.set(id, count);
    }
    return counts;
  }
}

const add = (features: Map<string, number>, feature: string, weight: number) =>
  features.set(feature, (features.get(feature) ?? 0) + weight);

/** Overlapping character n-grams of a stem with word boundaries marked, so compounds share parts. */
function gramsOf(stem: string, length: number): string[] {
  const marked = `_${stem}_`;
  if (marked.length <= length) return [marked];
  const grams: string[] = [];
  for (let at = 0; at + length <= marked.length; at++) grams.push(marked.slice(at, at + length));
  return grams;
}

/** Sub-linear term frequency times inverse document frequency, then length 1. */
function tfIdf(counts: Map<number, number>, documentFrequency: number[], cards: number): SparseVector {
  const features = Int32Array.from(counts.keys()).sort();
  const weights = new Float64Array(features.length);
  let squares = 0;
  features.forEach((id, at) => {
    // A feature of one card only can never make two cards similar; it still makes its card less so.
    const weight = (1 + Math.log(counts.get(id) as number)) * Math.log(1 + cards / documentFrequency[id]);
    weights[at] = weight;
    squares += weight * weight;
  });
  const norm = Math.sqrt(squares);
  if (norm > 0) for (let at = 0; at < weights.length; at++) weights[at] /= norm;
  return { features, weights };
}

/** TF-IDF vectors of a board's cards: words (stems), their n-grams and, with a thesaurus, synonym sets. */
export function cardVectors(
  cards: readonly CardText[],
  settings: SuggestionSettings,
  synonyms: SynonymIndex | null,
): CardVectors[] {
  const words = new Vocabulary();
  const grams = new Vocabulary();
  const sets = new Vocabulary();
  const stems = new Map<string, string>();
  const gramsOfStem = new Map<string, string[]>();
  const counted = cards.map((card) => {
    const language = languageOf(`${card.title} ${card.body}`);
    const title = tokensOf(card.title, language, stems);
    const body = tokensOf(card.body, language, stems);
    const wordFeatures = new Map<string, number>();
    const gramFeatures = new Map<string, number>();
    const synonymFeatures = new Map<string, number>();
    for (const [tokens, weight] of [
      [title, settings.titleWeight],
      [body, 1],
    ] as const) {
      for (const { stem } of tokens) {
        add(wordFeatures, stem, weight);
        let stemGrams = gramsOfStem.get(stem);
        if (stemGrams === undefined) {
          stemGrams = gramsOf(stem, settings.gramLength);
          gramsOfStem.set(stem, stemGrams);
        }
        for (const gram of stemGrams) add(gramFeatures, gram, weight);
        for (const set of synonyms?.groupsOf(stem) ?? []) add(synonymFeatures, set, weight);
      }
    }
    return {
      tokens: [
        ...title.map((token) => ({ ...token, inTitle: true })),
        ...body.map((token) => ({ ...token, inTitle: false })),
      ],
      words: words.countsOf(wordFeatures),
      grams: grams.countsOf(gramFeatures),
      synonyms: sets.countsOf(synonymFeatures),
    };
  });
  return counted.map((card) => ({
    tokens: card.tokens,
    words: tfIdf(card.words, words.documentFrequency, cards.length),
    grams: tfIdf(card.grams, grams.documentFrequency, cards.length),
    synonyms: tfIdf(card.synonyms, sets.documentFrequency, cards.length),
  }));
}
