import { webcrypto } from "node:crypto";
import { describe, expect, it } from "vitest";
import { mintSecret } from "../../client/core/secrets";
import {
  editLinkUrl,
  keptEditCardIds,
  parseEditFragment,
  writeEditSecret,
} from "../../client/features/networking/editLink";
import {
  type MatchableCard,
  matchesFor,
  matchOf,
  peopleFor,
  stem,
  stemsOf,
} from "../../client/features/networking/matching";
import { keepOrder } from "../../client/features/networking/stableOrder";
import { distinctSorted, filterCards, NO_FILTER, sortCards } from "../../client/features/networking/wallFilter";

const person = (id: string, fields: Partial<MatchableCard> & { about?: string; createdAt?: number } = {}) => ({
  id,
  name: id,
  organisation: "",
  role: "",
  fieldsOfWork: [] as string[],
  region: "",
  topics: [] as string[],
  offers: "",
  seeks: "",
  about: "",
  createdAt: 0,
  ...fields,
});

describe("matching on the wall (NET-UI-4)", () => {
  it("NET-UI-4 cuts words to rough stems and drops short and common words", () => {
    expect(stem("Förderungen")).toBe(stem("Förderung"));
    expect(stem("Projekte")).toBe(stem("Projekt"));
    expect(stem("Jugendarbeit")).toBe("jugendarbeit");
    expect([...stemsOf("Ich suche Hilfe bei der Förderung und bei Projekten").values()]).toEqual([
      "Hilfe",
      "Förderung",
      "Projekten",
    ]);
  });

  it("NET-UI-4 finds shared topics, an offer that meets the viewer's need, and the other way round", () => {
    const me = person("me", {
      topics: ["Energiewende", "Jugend"],
      seeks: "Jemanden für Fördermittelberatung und Moderation",
      offers: "Workshops zur Bürgerbeteiligung",
      fieldsOfWork: ["Bildung"],
      region: "Cottbus",
    });
    const anna = person("anna", {
      topics: ["energiewende", "Kultur", "jugend"],
      offers: "Ich biete Moderation von Workshops",
      seeks: "Partner für Bürgerbeteiligung",
      fieldsOfWork: ["Bildung", "Kultur"],
      region: "cottbus",
    });
    const match = matchOf(me, anna);
    expect(match.sharedTopics).toEqual(["energiewende", "jugend"]);
    expect(match.offersWhatYouSeek).toEqual(["Moderation"]);
    expect(match.seeksWhatYouOffer).toEqual(["Bürgerbeteiligung"]);
    expect(match.sharedFieldsOfWork).toEqual(["Bildung"]);
    expect(match.sameRegion).toBe(true);
    expect(match.score).toBe(3 * 2 + 2 * 2 + 1 + 1);
  });

  it("NET-UI-4 a German compound meets the word it ends in: Fördermittelberatung offers Beratung", () => {
    const me = person("me", { seeks: "Beratung und Anlagen", offers: "Ich biete Jugendarbeit" });
    const bert = person("bert", {
      offers: "Fördermittelberatung, Solaranlagen",
      seeks: "Erfahrung mit Arbeit für Jugendliche",
    });
    const match = matchOf(me, bert);
    expect(match.offersWhatYouSeek).toEqual(["Fördermittelberatung", "Solaranlagen"]);
    // Only the end of a compound names its thing: "Arbeit" is sought, "Jugendarbeit" is offered.
    expect(match.seeksWhatYouOffer).toEqual(["Jugendarbeit"]);
    // A word's beginning does not: Kunst is not Kunststoff, and a short stem never meets a long word.
    const art = person("art", { offers: "Kunststoffrecycling, Tee" });
    expect(matchOf(person("me2", { seeks: "Kunst und Tee" }), art).offersWhatYouSeek).toEqual(["Tee"]);
    expect(matchOf(person("me3", { seeks: "Rat" }), person("x", { offers: "Beirat" })).offersWhatYouSeek).toEqual([]);
  });

  it("NET-UI-4 keeps a match while neither card changes, so an unchanged card is not drawn again", () => {
    const me = person("me", { seeks: "Beratung" });
    const bert = person("bert", { offers: "Fördermittelberatung" });
    const first = matchesFor(me, [me, bert]).get("bert");
    expect(matchesFor(me, [me, bert]).get("bert")).toBe(first);
    const edited = { ...bert, offers: "Energieberatung" };
    const after = matchesFor(me, [me, edited]).get("bert");
    expect(after).not.toBe(first);
    expect(after?.offersWhatYouSeek).toEqual(["Energieberatung"]);
    expect(matchesFor({ ...me, seeks: "Räume" }, [edited]).get("bert")?.offersWhatYouSeek).toEqual([]);
  });

  it("NET-UI-4 lists people for you best first, only those sharing a topic, an offer or a need", () => {
    const me = person("me", { topics: ["Klima"], seeks: "Förderung" });
    const cards = [
      me,
      person("bea", { topics: ["Klima"] }),
      person("carl", { offers: "Beratung zu Förderungen", topics: ["Klima"] }),
      person("dora", { region: "Bautzen" }),
    ];
    expect(peopleFor(me, cards).map(({ card }) => card.id)).toEqual(["carl", "bea"]);
    expect([...matchesFor(me, cards).keys()]).toEqual(["bea", "carl", "dora"]);
  });
});

describe("the wall's filter and sort (NET-UI-3)", () => {
  const cards = [
    person("Zoe", { region: "Cottbus", topics: ["Klima"], fieldsOfWork: ["Kultur"], createdAt: 3 }),
    person("adam", { region: "Bautzen", topics: ["Klima", "Jugend"], about: "Theater im Dorf", createdAt: 1 }),
    person("Mia", { region: "cottbus", topics: ["Jugend"], fieldsOfWork: ["Bildung"], createdAt: 2 }),
  ];

  it("NET-UI-3 filters by field of work, region, topic and every word of a search", () => {
    expect(filterCards(cards, { ...NO_FILTER, region: "Cottbus" }).map((c) => c.id)).toEqual(["Zoe", "Mia"]);
    expect(filterCards(cards, { ...NO_FILTER, region: "Cottbus", topic: "jugend" }).map((c) => c.id)).toEqual(["Mia"]);
    expect(filterCards(cards, { ...NO_FILTER, fieldOfWork: "Kultur" }).map((c) => c.id)).toEqual(["Zoe"]);
    expect(filterCards(cards, { ...NO_FILTER, text: "theater  DORF" }).map((c) => c.id)).toEqual(["adam"]);
    expect(filterCards(cards, { ...NO_FILTER, text: "theater stadt" })).toEqual([]);
  });

  it("NET-UI-3 sorts by name, newest, or best match with the own card first", () => {
    expect(sortCards(cards, "name").map((c) => c.id)).toEqual(["adam", "Mia", "Zoe"]);
    expect(sortCards(cards, "newest").map((c) => c.id)).toEqual(["Zoe", "Mia", "adam"]);
    const own = cards[2];
    const matches = matchesFor(own, cards);
    expect(sortCards(cards, "match", matches, own.id).map((c) => c.id)).toEqual(["Mia", "adam", "Zoe"]);
    expect(sortCards(cards, "match").map((c) => c.id)).toEqual(["adam", "Mia", "Zoe"]);
    expect(distinctSorted(["Cottbus", "cottbus", " Bautzen", ""])).toEqual(["Bautzen", "Cottbus"]);
  });
});

describe("the private edit link (NET-UI-2)", () => {
  it("NET-UI-2 mints 256 random bits and their SHA-256; the link keeps the secret in the fragment", async () => {
    const { secret, secretHash } = await mintSecret(webcrypto as unknown as Crypto);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(secretHash).toBe(
      Buffer.from(await webcrypto.subtle.digest("SHA-256", new TextEncoder().encode(secret))).toString("hex"),
    );
    const url = editLinkUrl("http://127.0.0.1:3000", "board-0000001", "card-0000001", secret);
    expect(url).toBe(`http://127.0.0.1:3000/b/board-0000001?view=wall#edit=card-0000001.${secret}`);
    expect(parseEditFragment(new URL(url).hash)).toEqual({ cardId: "card-0000001", secret });
    expect(parseEditFragment("#key=abc")).toBeNull();
    expect(parseEditFragment("#edit=card.x/y")).toBeNull();
  });
});

describe("the edit secrets this browser keeps (NET-UI-8)", () => {
  it("NET-UI-8 lists the cards of one board whose secret is kept, from the storage's own keys", () => {
    const entries = new Map<string, string>();
    const storage = {
      getItem: (key: string) => entries.get(key) ?? null,
      setItem: (key: string, value: string) => void entries.set(key, value),
      removeItem: (key: string) => void entries.delete(key),
      get length() {
        return entries.size;
      },
      key: (index: number) => [...entries.keys()][index] ?? null,
    };
    writeEditSecret(storage, "board-aaaa", "card-1111", "s1");
    writeEditSecret(storage, "board-aaaa", "card-2222", "s2");
    writeEditSecret(storage, "board-bbbb", "card-3333", "s3");
    storage.setItem("themenwand:calendarFeed:board-aaaa", "{}");
    expect([...keptEditCardIds(storage, "board-aaaa")].sort()).toEqual(["card-1111", "card-2222"]);
    writeEditSecret(storage, "board-aaaa", "card-1111", null);
    expect([...keptEditCardIds(storage, "board-aaaa")]).toEqual(["card-2222"]);
    expect(keptEditCardIds({ getItem: () => null, setItem: () => {}, removeItem: () => {} }, "board-aaaa").size).toBe(
      0,
    );
  });
});

describe("the wall's order while people read (NET-UI-3)", () => {
  const ids = (items: { id: string }[]) => items.map((item) => item.id);
  const byId = (items: { id: string }[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

  it("NET-UI-3 keeps shown cards in place, drops gone ones, and puts newcomers at the end or the start", () => {
    const previous = ["c", "a", "b"];
    const now = [{ id: "a" }, { id: "b" }, { id: "e" }, { id: "d" }];
    expect(ids(keepOrder(previous, now, byId, false))).toEqual(["a", "b", "d", "e"]);
    expect(ids(keepOrder(previous, now, byId, true))).toEqual(["d", "e", "a", "b"]);
    expect(ids(keepOrder([], now, byId, false))).toEqual(["a", "b", "d", "e"]);
  });
});
