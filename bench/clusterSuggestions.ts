import { readFileSync } from "node:fs";
import { suggestClusters } from "../server/features/clusterSuggestions";
import { seededRandom, topicContent } from "./cardText";
import { median, round } from "./stats";

/** SUG-5: how long the suggested clusters take for a board of many cards, in this process. */
export interface SuggestionsOptions {
  cards: number;
  runs: number;
}

export interface SuggestionsBoard {
  text: string;
  medianMs: number;
  maxMs: number;
  /** CPU time of this process per run (median): wall time on a busy machine includes waiting. */
  cpuMedianMs: number;
  suggestions: number;
  duplicates: number;
}

export interface SuggestionsResult {
  cards: number;
  runs: number;
  boards: SuggestionsBoard[];
}

interface CardText {
  id: string;
  title: string;
  body: string;
}

/** Random words of the bench's vocabulary: every card shares words with many others, the hard case. */
function benchWordCards(count: number): CardText[] {
  const random = seededRandom(16);
  return Array.from({ length: count }, (_, index) => {
    const { title, body } = topicContent(random);
    return { id: `card-${index}`, title, body };
  });
}

/** The labelled workshop cards over and over: many identical cards, large groups to merge. */
function workshopCards(count: number): CardText[] {
  const sets = ["lausitz", "staedtenetz"].map(
    (name) =>
      JSON.parse(readFileSync(`test/fixtures/clusterSuggestions.${name}.json`, "utf8")) as { cards: CardText[] },
  );
  const cards = sets.flatMap((set) => set.cards);
  return Array.from({ length: count }, (_, index) => ({ ...cards[index % cards.length], id: `card-${index}` }));
}

function measure(text: string, cards: CardText[], runs: number): SuggestionsBoard {
  suggestClusters(cards);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let last = suggestClusters(cards);
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    last = suggestClusters(cards);
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - started);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  return {
    text,
    medianMs: round(median(times)),
    maxMs: round(Math.max(...times)),
    cpuMedianMs: round(median(cpuTimes)),
    suggestions: last.suggestions.length,
    duplicates: last.duplicates.length,
  };
}

export function measureSuggestions({ cards, runs }: SuggestionsOptions): SuggestionsResult {
  return {
    cards,
    runs,
    boards: [
      measure("random words of the bench's vocabulary", benchWordCards(cards), runs),
      measure("the labelled workshop cards, repeated", workshopCards(cards), runs),
    ],
  };
}
