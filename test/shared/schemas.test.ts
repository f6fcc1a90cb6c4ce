import { describe, expect, it } from "vitest";
import { CreateBoardBody, CreateCardBody } from "../../shared/api";
import { JoinRequestSchema } from "../../shared/joinSchema";
import { LIMITS } from "../../shared/limits";
import { OpRequestSchema } from "../../shared/ops";

const addCard = (content: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  opId: "op-00000001",
  op: {
    type: "card.add",
    cardId: "card-0001",
    columnId: "col-aaaa",
    rank: "a0",
    authorName: "Alice",
    content: { kind: "topic", title: "Solar auf Schuldächer", body: "", link: null, ...content },
    ...extra,
  },
});

describe("op schemas", () => {
  it("CARD-1 accepts a card at every limit and trims its title", () => {
    const parsed = OpRequestSchema.parse(
      addCard({
        title: `  ${"t".repeat(LIMITS.cardTitle)}  `,
        body: "b".repeat(LIMITS.cardBody),
        link: "https://x.org",
      }),
    );
    expect(parsed.op.type === "card.add" && parsed.op.content.title.length).toBe(LIMITS.cardTitle);
  });

  it("CARD-1 rejects a title over 200 characters, a body over 5,000, an empty title", () => {
    expect(OpRequestSchema.safeParse(addCard({ title: "t".repeat(LIMITS.cardTitle + 1) })).success).toBe(false);
    expect(OpRequestSchema.safeParse(addCard({ body: "b".repeat(LIMITS.cardBody + 1) })).success).toBe(false);
    expect(OpRequestSchema.safeParse(addCard({ title: "   " })).success).toBe(false);
  });

  it("CARD-1 takes only http and https links", () => {
    expect(OpRequestSchema.safeParse(addCard({ link: "http://verein.example/projekt" })).success).toBe(true);
    for (const link of ["javascript:alert(1)", "ftp://x.org/file", "not a url", "data:text/html,hi"]) {
      expect(OpRequestSchema.safeParse(addCard({ link })).success, link).toBe(false);
    }
  });

  it("CARD-1 turns an empty author name into anonymous (null) and caps names", () => {
    const parsed = OpRequestSchema.parse(addCard({}, { authorName: "   " }));
    expect(parsed.op.type === "card.add" && parsed.op.authorName).toBe(null);
    expect(OpRequestSchema.safeParse(addCard({}, { authorName: "n".repeat(LIMITS.authorName + 1) })).success).toBe(
      false,
    );
  });

  it("VAL-7 lets every field whose absence has a meaning be left out, in ops, joins and REST bodies", () => {
    const op = OpRequestSchema.parse({
      opId: "op-00000001",
      op: {
        type: "card.add",
        cardId: "card-0001",
        columnId: "col-aaaa",
        rank: "a0",
        content: { kind: "topic", title: "Idee" },
      },
    });
    expect(op.op).toMatchObject({ authorName: null, content: { kind: "topic", title: "Idee", body: "", link: null } });
    expect(JoinRequestSchema.parse({ boardId: "board-000001" })).toMatchObject({ since: null, protocol: 1 });
    const body = CreateCardBody.parse({ columnId: "col-aaaa", content: { kind: "topic", title: "Idee" } });
    expect(body).toMatchObject({ authorName: null, content: { body: "", link: null } });
    // Required stays required: a card without a title is still refused.
    expect(CreateCardBody.safeParse({ columnId: "col-aaaa", content: { kind: "topic" } }).success).toBe(false);
  });

  it("VAL-1 rejects unknown fields, unknown op types and malformed ids", () => {
    expect(OpRequestSchema.safeParse(addCard({}, { authorId: "someone-else" })).success).toBe(false);
    expect(OpRequestSchema.safeParse(addCard({ color: "red" })).success).toBe(false);
    expect(OpRequestSchema.safeParse({ opId: "op-00000001", op: { type: "card.explode" } }).success).toBe(false);
    expect(OpRequestSchema.safeParse({ ...addCard({}), opId: "short" }).success).toBe(false);
    expect(OpRequestSchema.safeParse({ ...addCard({}), opId: "has space in it" }).success).toBe(false);
    expect(OpRequestSchema.safeParse(addCard({}, { rank: "a0;DROP" })).success).toBe(false);
    expect(OpRequestSchema.safeParse(null).success).toBe(false);
    expect(OpRequestSchema.safeParse("card.add").success).toBe(false);
  });

  it("VAL-1 checks join requests and REST bodies strictly", () => {
    expect(JoinRequestSchema.safeParse({ boardId: "board-000001", since: null }).success).toBe(true);
    expect(JoinRequestSchema.safeParse({ boardId: "board-000001", since: -1 }).success).toBe(false);
    expect(JoinRequestSchema.safeParse({ boardId: "board-000001", since: 1.5 }).success).toBe(false);
    expect(JoinRequestSchema.safeParse({ boardId: "board-000001", since: null, role: "moderator" }).success).toBe(
      false,
    );
    expect(CreateBoardBody.parse({ title: "Stammtisch" })).toEqual({
      title: "Stammtisch",
      description: "",
      template: "empty",
    });
    expect(CreateBoardBody.safeParse({ title: "x", template: "kanban" }).success).toBe(false);
    expect(
      CreateCardBody.safeParse({ columnId: "col-aaaa", content: { kind: "topic", title: "x", body: "", link: null } })
        .success,
    ).toBe(true);
  });
});

describe("text from users", () => {
  const RLO = "\u202E";
  const ISOLATES = "\u2066\u2067\u2068\u2069";

  it("VAL-6 strips bidi override, embedding and isolate controls from every text field", () => {
    const parsed = OpRequestSchema.parse(
      addCard(
        { title: `Solar${RLO}gnalp`, body: `Text ${ISOLATES}mit\u202Aallem\u202C`, link: null },
        {
          authorName: `Ali${RLO}ce`,
        },
      ),
    );
    if (parsed.op.type !== "card.add") throw new Error("expected card.add");
    expect(parsed.op.content.title).toBe("Solargnalp");
    expect(parsed.op.content.body).toBe("Text mitallem");
    expect(parsed.op.authorName).toBe("Alice");
    expect(CreateBoardBody.parse({ title: `${RLO}Stammtisch`, description: `a${RLO}b` })).toMatchObject({
      title: "Stammtisch",
      description: "ab",
    });
  });

  it("VAL-9 VAL-10 VAL-11 control characters never enter: texts lose them, line breaks become LF or a space, links lose VT and FF", () => {
    const controls = "\u0000\u000b\u000c\u007f\u0085\u2028\u2029\u001b";
    const parsed = OpRequestSchema.parse(
      addCard(
        {
          title: `Solar${controls}auf\r\nDächer`,
          body: `a${controls}b\r\nc\rd`,
          link: "https://example.org/a\u000b\u000cb",
        },
        { authorName: `Ali\u0000ce` },
      ),
    );
    if (parsed.op.type !== "card.add") throw new Error("expected card.add");
    // NUL, DEL and ESC go; VT and FF are white space; NEL, LS and PS are line breaks, a space in one line.
    expect(parsed.op.content.title).toBe("Solar     auf Dächer");
    expect(parsed.op.content.body).toBe("a  \n\n\nb\nc\nd");
    expect(parsed.op.content.link).toBe("https://example.org/ab");
    expect(parsed.op.authorName).toBe("Alice");
  });

  it("VAL-6 a title of nothing but bidi controls counts as empty", () => {
    expect(OpRequestSchema.safeParse(addCard({ title: `${RLO}${RLO}` })).success).toBe(false);
  });
});

describe("email addresses (VAL-8)", () => {
  const register = (email: string) =>
    OpRequestSchema.safeParse({
      opId: "op-00000002",
      op: { type: "registration.add", registrationId: "reg-00001", meetingId: "meeting-0001", name: "Jürgen", email },
    }).success;

  it("VAL-8 takes addresses with umlauts in the name or the domain, as German people and towns have them", () => {
    for (const email of [
      "anna@example.org",
      "a.b+stammtisch@sub.example.co.uk",
      "jürgen.müßig@example.org",
      "info@gemeinde-görlitz.de",
      "o'brien@example.ie",
    ]) {
      expect(register(email), email).toBe(true);
    }
  });

  it("VAL-8 still refuses what is no address", () => {
    for (const email of [
      "",
      "anna",
      "anna@",
      "@example.org",
      "anna@example",
      "an na@example.org",
      ".anna@example.org",
      "anna.@example.org",
      "an..na@example.org",
      "anna@-example.org",
      "anna@example..org",
      "<script>@example.org",
      `${"a".repeat(65)}@example.org`,
      "anna@exa mple.org",
    ]) {
      expect(register(email), JSON.stringify(email)).toBe(false);
    }
  });
});
