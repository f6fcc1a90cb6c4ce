import { parseArgs } from "node:util";
import { DEFAULT_SETTINGS } from "../server/features/clusterSuggestions/settings";
import { suggestClusters } from "../server/features/clusterSuggestions/suggestClusters";
import { installedThesaurus } from "../server/features/clusterSuggestions/synonyms";
import { LABELLED_SETS, pairwiseQuality, readLabelledCards } from "../test/helpers/pairwiseQuality";

/**
 * SUG-4: pairwise precision and recall of the suggested clusters on the labelled sets, with and
 * without OpenThesaurus' synonyms (when installed). `--show` prints each suggestion and duplicate.
 *
 *   npx tsx scripts/cluster-suggestions-quality.ts [--show] [--set name=value …]
 */
const { values } = parseArgs({
  options: { show: { type: "boolean", default: false }, set: { type: "string", multiple: true, default: [] } },
});
const settings = { ...DEFAULT_SETTINGS };
for (const assignment of values.set) {
  const [name, value] = assignment.split("=");
  if (!(name in settings)) throw new Error(`unknown setting ${name}`);
  (settings as Record<string, number>)[name] = Number(value);
}
const thesaurus = await installedThesaurus();
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

for (const [name, path] of Object.entries(LABELLED_SETS)) {
  const set = readLabelledCards(path);
  const variants = [{ label: "words and n-grams", synonymShare: 0 }];
  if (thesaurus) variants.push({ label: "with OpenThesaurus", synonymShare: settings.synonymShare || 0.2 });
  for (const variant of variants) {
    const result = suggestClusters(set.cards, {
      settings: { ...settings, synonymShare: variant.synonymShare },
      synonyms: thesaurus,
    });
    const q = pairwiseQuality(set, result);
    console.log(
      `${name} (${set.cards.length} cards), ${variant.label}: precision ${percent(q.precision)} (${q.rightPairs}/${q.suggestedPairs} pairs), ` +
        `recall ${percent(q.recall)} (of ${q.knownPairs}); ${result.suggestions.length} suggestions; ` +
        `duplicates ${q.duplicates.right}/${q.duplicates.flagged} right, ${q.duplicates.right} of ${q.duplicates.known} found`,
    );
    if (!values.show) continue;
    const card = new Map(set.cards.map((each) => [each.id, each]));
    for (const suggestion of result.suggestions) {
      console.log(`  [${suggestion.label}]`);
      for (const id of suggestion.cardIds) console.log(`     ${id.padEnd(14)} ${card.get(id)?.title}`);
    }
    for (const [a, b] of result.duplicates) console.log(`  duplicate: ${a} ~ ${b}`);
  }
}
