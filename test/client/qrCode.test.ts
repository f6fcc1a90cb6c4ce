import { encode } from "uqr";
import { describe, expect, it } from "vitest";
import { qrPath } from "../../client/core/ui/QrCode";

describe("the QR code's SVG path (VIEW-5)", () => {
  it("VIEW-5 draws exactly the dark modules, one run per row of adjacent ones", () => {
    expect(qrPath([[true, true, false, true]])).toBe("M0 0h2v1h-2zM3 0h1v1h-1z");
    expect(qrPath([[false], [true]])).toBe("M0 1h1v1h-1z");
    const qr = encode("http://127.0.0.1:3000/b/AAAAAAAAAAAAAAAAAAAAAA", { ecc: "M", border: 4 });
    const dark = qr.data.flat().filter(Boolean).length;
    const drawn = [...qrPath(qr.data).matchAll(/h(\d+)v1/g)].reduce((sum, [, run]) => sum + Number(run), 0);
    expect(drawn).toBe(dark);
    // A quiet zone of four light modules on every side.
    expect(qr.data[0].some(Boolean)).toBe(false);
    expect(qr.data[3].some(Boolean)).toBe(false);
    expect(qr.data[4].some(Boolean)).toBe(true);
  });
});
