import { describe, expect, it } from "vitest";
import { textOfOp } from "../../client/features";
import { type Op, OpSchema } from "../../shared/ops";

const parsed = (op: unknown): Op => OpSchema.parse(op);

describe("the words of a refused change are offered back", () => {
  it("FEAT-3 a refused business card edit offers back what the person wrote", () => {
    const op = parsed({
      type: "businessCard.update",
      cardId: "bcard-000001",
      baseVersion: 1,
      name: "Alex Beispiel",
      organisation: "Energiegenossenschaft Lausitz",
      offers: "Beratung zu Bürgerenergie",
      seeks: "Dächer für Solaranlagen",
      about: "Seit zehn Jahren im Ehrenamt.",
      topics: ["Wärmepumpen"],
    });
    const text = textOfOp(op);
    for (const words of ["Alex Beispiel", "Beratung zu Bürgerenergie", "Dächer für Solaranlagen", "Seit zehn Jahren"]) {
      expect(text).toContain(words);
    }
  });

  it("FEAT-3 a refused edit of the wall's lists offers back the entries", () => {
    const op = parsed({
      type: "wallSettings.update",
      fieldsOfWork: ["Klimaschutz", "Jugendarbeit"],
      regions: ["Görlitz"],
      topics: ["Wasserstoff"],
      baseVersion: 0,
    });
    const text = textOfOp(op);
    for (const words of ["Klimaschutz", "Jugendarbeit", "Görlitz", "Wasserstoff"]) expect(text).toContain(words);
  });
});
