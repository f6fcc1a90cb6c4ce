import { describe, expect, it } from "vitest";
import { commonStems, type MatchableCard, matchesFor, peopleFor } from "../../client/features/networking/matching";

const person = (id: string, fields: Partial<MatchableCard> = {}): MatchableCard => ({
  id,
  name: id,
  fieldsOfWork: [],
  region: "",
  topics: [],
  offers: "",
  seeks: "",
  ...fields,
});

describe("matching that explains itself (NET-12)", () => {
  it("NET-12 a word on more than half the cards ('Kontakte') meets nobody; the others still do", () => {
    const me = person("me", { seeks: "Kontakte und Beratung" });
    const cards = [
      me,
      person("anna", { offers: "Kontakte in die Verwaltung" }),
      person("bert", { offers: "Viele Kontakte, Fördermittelberatung" }),
      person("carl", { offers: "Kontakte zu Vereinen" }),
      person("dora", { offers: "Gute Kontakte", seeks: "Kontakte" }),
      person("emil", { offers: "Theater" }),
    ];
    expect(commonStems(cards).has("kontakt")).toBe(true);
    const matches = matchesFor(me, cards);
    expect(matches.get("anna")?.offersWhatYouSeek).toEqual([]);
    expect(matches.get("bert")?.offersWhatYouSeek).toEqual(["Fördermittelberatung"]);
    expect(peopleFor(me, cards).map(({ card }) => card.id)).toEqual(["bert"]);
    // On a small wall no word is common: four cards say little about what everyone writes.
    expect(commonStems(cards.slice(0, 4)).size).toBe(0);
    expect(matchesFor(me, cards.slice(0, 4)).get("anna")?.offersWhatYouSeek).toEqual(["Kontakte"]);
  });

  it("NET-12 words meet by their German stem (umlauts too) and the hint shows the base form", () => {
    const me = person("me", { seeks: "Förderung für Bäume", offers: "Ich biete Projekten Räume" });
    const other = person("other", { offers: "Förderungen, ein Baum", seeks: "Raum für ein Projekt" });
    const match = matchesFor(me, [me, other]).get("other");
    expect(match?.offersWhatYouSeek).toEqual(["Förderung", "Baum"]);
    expect(match?.seeksWhatYouOffer).toEqual(["Raum", "Projekt"]);
  });

  it("NET-12 the set of common words is the same object while it does not change, so matches stay the same objects", () => {
    const cards = [1, 2, 3, 4, 5].map((n) => person(`p${n}`, { offers: "Kontakte", seeks: `Thema${n}` }));
    const first = commonStems(cards);
    expect(first.has("kontakt")).toBe(true);
    expect(commonStems([...cards, person("p6", { offers: "Kontakte" })])).toBe(first);
    const me = cards[0];
    expect(matchesFor(me, cards).get("p2")).toBe(matchesFor(me, [...cards]).get("p2"));
  });
});
