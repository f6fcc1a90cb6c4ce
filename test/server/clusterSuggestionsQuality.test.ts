import { describe, expect, it } from "vitest";
import { suggestClusters } from "../../server/features/clusterSuggestions";
import { LABELLED_SETS, pairwiseQuality, readLabelledCards } from "../helpers/pairwiseQuality";

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/** SUG-4: measured on labelled workshop cards; the figures are in docs/PERFORMANCE.md. */
describe("suggested clusters on labelled cards (SUG-4)", () => {
  const tuning = readLabelledCards(LABELLED_SETS.tuning);
  const heldOut = readLabelledCards(LABELLED_SETS.heldOut);

  it("SUG-4 the labelled sets are what the rule says: 80+ cards in known groups, near-duplicates among them", () => {
    expect(tuning.cards.length).toBeGreaterThanOrEqual(80);
    const ids = new Set([...tuning.cards, ...heldOut.cards].map((card) => card.id));
    for (const set of [tuning, heldOut]) {
      expect(new Set(set.cards.map((card) => card.id)).size).toBe(set.cards.length);
      for (const pair of set.duplicates) for (const id of pair) expect(ids.has(id)).toBe(true);
    }
  });

  it("SUG-4 keeps pairwise precision at 0.8 or more on the tuning set and on both sets together, and reports recall", () => {
    const tuned = pairwiseQuality(tuning, suggestClusters(tuning.cards));
    const held = pairwiseQuality(heldOut, suggestClusters(heldOut.cards));
    console.info(
      `SUG-4 tuning set: precision ${percent(tuned.precision)}, recall ${percent(tuned.recall)}; ` +
        `held-out set: precision ${percent(held.precision)}, recall ${percent(held.recall)}; ` +
        `duplicates found ${tuned.duplicates.right + held.duplicates.right} of ${tuned.duplicates.known + held.duplicates.known}, ` +
        `${tuned.duplicates.flagged + held.duplicates.flagged - tuned.duplicates.right - held.duplicates.right} wrongly flagged`,
    );
    expect(tuned.precision).toBeGreaterThanOrEqual(0.8);
    const pooled = (tuned.rightPairs + held.rightPairs) / (tuned.suggestedPairs + held.suggestedPairs);
    expect(pooled).toBeGreaterThanOrEqual(0.8);
    // Suggesting nothing would be precise too: the method must find something on both sets.
    expect(tuned.rightPairs).toBeGreaterThan(0);
    expect(held.rightPairs).toBeGreaterThan(0);
    expect(tuned.duplicates.precision).toBeGreaterThanOrEqual(0.8);
  });
});
