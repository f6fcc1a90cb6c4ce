import { describe, expect, it } from "vitest";
import { notWordsOf, textOfOp } from "../../client/features";
import { opSchemas, sampleOf } from "../helpers/opSamples";

/**
 * Generated from the list of features: every op, made from its own schema with a marker in each
 * free-text field. A refused op's words are offered back (SubmittedText), so each marker must be in
 * textOfOp's answer; an op without a client definition fails here (and does not compile).
 */
describe("every op's words are offered back when it is refused", () => {
  for (const schema of opSchemas()) {
    const { op, markers } = sampleOf(schema);
    it(`FEAT-3 ${op.type}: textOfOp returns every word the op carried`, () => {
      const text = textOfOp(op);
      const words = markers.filter((marker) => !notWordsOf(op.type).includes(marker.field));
      for (const { field, text: marker } of words) expect(text, `${op.type}.${field}`).toContain(marker);
      if (words.length === 0) expect(text).toBe("");
    });
  }
});
