import { describe, expect, it } from "vitest";
import { compareText } from "../../client/core/compareText";

describe("compareText, the page's one collator", () => {
  it("NET-11 sorts as German readers expect, case and accents aside, as localeCompare with sensitivity base", () => {
    const names = ["zittau", "Görlitz", "Bautzen", "Öhringen", "gorlitz", "Äpfelbach", "Cottbus", "ostritz"];
    const expected = [...names].sort((a, b) => a.localeCompare(b, "de", { sensitivity: "base" }));
    expect([...names].sort(compareText)).toEqual(expected);
    expect(expected.slice(0, 2)).toEqual(["Äpfelbach", "Bautzen"]);
    expect(compareText("Görlitz", "gorlitz")).toBe(0);
    expect(compareText("Öhringen", "ostritz")).toBeLessThan(0);
  });
});
