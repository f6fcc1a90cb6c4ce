import { describe, expect, it } from "vitest";
import { convenerLinkUrl, parseConvenerFragment } from "../../client/features/groups/convenerLink";

const SECRET = "s3cr3t_-".repeat(5).slice(0, 43);

describe("the conveners' link (AG-5)", () => {
  it("AG-5 carries group and secret in the fragment, and reads them back; anything else is no link", () => {
    const url = convenerLinkUrl("https://wand.example", "board 1", "group-0001", SECRET);
    expect(url).toBe(`https://wand.example/b/board%201?view=groups#convene=group-0001.${SECRET}`);
    expect(parseConvenerFragment(new URL(url).hash)).toEqual({ groupId: "group-0001", secret: SECRET });
    for (const hash of ["", "#edit=card-1.abc", "#convene=group-0001", "#convene=a.b.c", "#convene=gr%20oup.abc"]) {
      expect(parseConvenerFragment(hash)).toBeNull();
    }
  });
});
