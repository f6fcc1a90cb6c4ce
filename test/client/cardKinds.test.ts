import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { sameDraft } from "../../client/features/topics/cardKinds/drafts";
import {
  cardKind,
  cardKinds,
  cardLabel,
  cardSubmittedText,
  contentToDraft,
  DEFAULT_CARD_KIND,
  draftToContent,
  emptyDraft,
  isCardKind,
  validateDraft,
} from "../../client/features/topics/cardKinds/registry";
import { EditorDrafts } from "../../client/features/topics/editorDrafts";
import { memoryStorage } from "../../client/sync/storage";
import type { TopicContent } from "../../shared/model";
import { CardContentSchema } from "../../shared/ops";

/** The kinds the server accepts, read from the schema rather than written down a second time. */
const schemaKinds = CardContentSchema.options.map((option) => option.shape.kind.value).sort();

const topic: TopicContent = {
  kind: "topic",
  title: "Grünflächen für die Südstadt",
  body: "Mehr Bäume an der Hauptstraße.\nUnd Bänke zum Ausruhen –\n\nüberall, wo Platz ist.",
  link: "https://example.org/grün?straße=Äußere",
};

describe("card kinds (UI-7)", () => {
  it("UI-7 the registry defines every kind the schema knows, and nothing else", () => {
    expect([...cardKinds()].sort()).toEqual(schemaKinds);
    for (const kind of schemaKinds) {
      const definition = cardKind(kind);
      expect(definition.kind).toBe(kind);
      expect(isCardKind(kind)).toBe(true);
      expect(emptyDraft(kind).kind).toBe(kind);
    }
    expect(isCardKind("no-such-kind")).toBe(false);
    expect(isCardKind("toString")).toBe(false);
    expect(isCardKind(DEFAULT_CARD_KIND)).toBe(true);
  });

  it("UI-7 a topic with umlauts, line breaks and a link survives toDraft and fromDraft", () => {
    const draft = contentToDraft(topic);
    expect(draft).toEqual({ kind: "topic", title: topic.title, body: topic.body, link: topic.link });
    expect(validateDraft(draft)).toEqual({});
    expect(draftToContent(draft)).toEqual(topic);
    expect(sameDraft(contentToDraft(draftToContent(draft)), draft)).toBe(true);
    const withoutLink = { ...topic, body: "", link: null };
    expect(draftToContent(contentToDraft(withoutLink))).toEqual(withoutLink);
  });

  it("UI-7 a topic's draft is trimmed into content and validated like the server does", () => {
    const draft = { kind: "topic" as const, title: "  Ärger  ", body: " \n ", link: "  " };
    expect(draftToContent(draft)).toEqual({ kind: "topic", title: "Ärger", body: "", link: null });
    expect(sameDraft(emptyDraft("topic"), draft)).toBe(false);
    expect(validateDraft(emptyDraft("topic"))).toEqual({ title: { key: "validation.titleRequired" } });
    expect(validateDraft({ ...draft, link: "javascript:alert(1)" })).toEqual({ link: { key: "validation.link" } });
  });

  it("UI-7 a topic's label and submitted text come from its definition", () => {
    expect(cardLabel(topic)).toBe(topic.title);
    expect(cardSubmittedText(topic)).toBe([topic.title, topic.body, topic.link].join("\n\n"));
    expect(cardSubmittedText({ ...topic, body: "", link: null })).toBe(topic.title);
  });
});

describe("open editors' drafts name their kind (UI-7)", () => {
  it("UI-7 a draft stored before drafts named their kind opens as a topic; one of an unknown kind is left alone", () => {
    const storage = memoryStorage();
    const stored = (fields: object) => JSON.stringify({ fields, baseVersion: 2, conflict: null, cardTitle: "Alt" });
    storage.setItem("themenwand:draft:board-000001:card-0001", stored({ title: "Alt", body: "Text", link: "" }));
    storage.setItem("themenwand:draft:board-000001:card-0002", stored({ kind: "later-kind", what: "?" }));
    const drafts = new EditorDrafts(storage, "board-000001").getSnapshot();
    expect(Object.keys(drafts)).toEqual(["card-0001"]);
    expect(drafts["card-0001"].fields).toEqual({ kind: "topic", title: "Alt", body: "Text", link: "" });
    expect(storage.getItem("themenwand:draft:board-000001:card-0002")).not.toBeNull();
  });
});

function clientSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return clientSources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("card kinds stay in their modules (UI-7)", () => {
  it("UI-7 no file under client/ outside client/features/topics/cardKinds/ reads a topic's fields", () => {
    const files = clientSources("client").filter(
      (file) => !file.startsWith(join("client", "features", "topics", "cardKinds") + sep),
    );
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, index) =>
          /content\.(title|body|link)\b|\bTopic(Content|Draft)\b/.test(line)
            ? [`${file}:${index + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(offenders).toEqual([]);
  });
});
