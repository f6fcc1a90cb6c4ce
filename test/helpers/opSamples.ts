import type { z } from "zod";
import { type Op, OpSchema } from "../../shared/ops";

/**
 * Makes a valid op from its zod schema alone, with a marker string in every field that takes free
 * text, so a test covers every op of the list of features without a fixture per op.
 */

/** Values tried, in order, for a field that takes no free text (ids, ranks, dates, hashes, addresses). */
const CANDIDATES: readonly unknown[] = [
  "sample-000001",
  "a0",
  "2027-01-24",
  "18:00",
  "ab".repeat(32),
  "person@example.org",
  "https://example.org/sample",
  "+49 30 123456",
  1,
  10,
  true,
  null,
];

/** Fields whose value must fit another field (a meeting ends after it starts). */
const FIELD_VALUES: Readonly<Record<string, unknown>> = { endTime: "20:00" };

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  values?: unknown[];
  entries?: Record<string, unknown>;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

export interface OpSample {
  op: Op;
  /** Each free-text marker and the top-level field it went into. */
  markers: { field: string; text: string }[];
}

export function sampleOf(schema: z.ZodType): OpSample {
  const markers: OpSample["markers"] = [];
  let count = 0;
  const marker = () => `Markierung ${++count} – Wörter`;

  function leaf(node: z.ZodType, field: string, name: string): unknown {
    if (name in FIELD_VALUES && node.safeParse(FIELD_VALUES[name]).success) return FIELD_VALUES[name];
    const text = marker();
    if (node.safeParse(text).success) {
      markers.push({ field, text });
      return text;
    }
    if (node.safeParse([text]).success) {
      markers.push({ field, text });
      return [text];
    }
    const fit = CANDIDATES.find((candidate) => node.safeParse(candidate).success);
    if (fit === undefined && !node.safeParse(undefined).success) throw new Error(`no sample value for ${name}`);
    return fit;
  }

  function value(node: z.ZodType, field: string, name: string): unknown {
    const def = defOf(node);
    switch (def.type) {
      case "object":
        return Object.fromEntries(
          Object.entries(def.shape ?? {}).map(([key, child]) => [key, value(child, field || key, key)]),
        );
      case "default":
      case "optional":
      case "nullable":
        return value(def.innerType as z.ZodType, field, name);
      case "union":
        return value((def.options as z.ZodType[])[0], field, name);
      case "array": {
        const element = value(def.element as z.ZodType, field, name);
        // A list that needs several (a cluster's cards) gets the element twice.
        const list = [[element], [element, element]].find((candidate) => node.safeParse(candidate).success);
        return list ?? leaf(node, field, name);
      }
      case "literal":
        return (def.values as unknown[])[0];
      case "enum":
        return Object.values(def.entries ?? {})[0];
      default:
        return leaf(node, field, name);
    }
  }

  const op = OpSchema.parse(value(schema, "", "")) as Op;
  return { op, markers };
}

/** Every op schema of the list of features. */
export const opSchemas = (): readonly z.ZodType[] => OpSchema.options as unknown as readonly z.ZodType[];
