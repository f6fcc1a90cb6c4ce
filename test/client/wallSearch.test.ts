import { describe, expect, it } from "vitest";
import { type FilterableCard, filterCards, NO_FILTER } from "../../client/features/networking/wallFilter";

const card = (id: string, name: string, extra: Partial<FilterableCard> = {}): FilterableCard => ({
  id,
  name,
  organisation: "",
  role: "",
  fieldsOfWork: [],
  region: "",
  topics: [],
  offers: "",
  seeks: "",
  about: "",
  createdAt: 0,
  ...extra,
});

const cards = [
  card("oezlem", "Özlem Yılmaz", { organisation: "Bürgerstiftung Görlitz" }),
  card("mueller", "Jana Müller", { topics: ["Straßenfest"] }),
  card("mueller2", "Tom Mueller"),
  card("jose", "José Pérez", { about: "Café im Dorf" }),
  card("quelle", "Anna Quelle"),
];
const found = (text: string) => filterCards(cards, { ...NO_FILTER, text }).map((c) => c.id);

describe("the wall's search (NET-10)", () => {
  it("NET-10 ignores accents and case: ozlem finds Özlem, muller Müller, jose José, yilmaz Yılmaz", () => {
    expect(found("ozlem")).toEqual(["oezlem"]);
    expect(found("OZLEM yilmaz")).toEqual(["oezlem"]);
    expect(found("muller")).toEqual(["mueller"]);
    expect(found("jose perez")).toEqual(["jose"]);
    expect(found("cafe")).toEqual(["jose"]);
    expect(found("gorlitz")).toEqual(["oezlem"]);
  });

  it("NET-10 German spellings meet: mueller finds Müller and Mueller, Müller finds Mueller, strasse Straße", () => {
    expect(found("mueller")).toEqual(["mueller", "mueller2"]);
    expect(found("Müller")).toEqual(["mueller", "mueller2"]);
    expect(found("oezlem")).toEqual(["oezlem"]);
    expect(found("strassenfest")).toEqual(["mueller"]);
    expect(found("buergerstiftung")).toEqual(["oezlem"]);
  });

  it("NET-10 finds no more than it should: 'ue' in a query is not dropped ('quelle' finds only Quelle)", () => {
    expect(found("quelle")).toEqual(["quelle"]);
    expect(found("qulle")).toEqual([]);
    expect(found("muler")).toEqual([]);
  });
});
