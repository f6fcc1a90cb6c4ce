import { useMemo } from "react";
import { encode } from "uqr";
import { servedPaintPart } from "../serverPaint";

/** The dark modules of a QR code as one SVG path: one `h1` run per row of adjacent dark modules. */
export function qrPath(data: readonly (readonly boolean[])[]): string {
  let path = "";
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return path;
}

/** A QR code's size in modules and its dark modules as a path. */
interface QrDrawing {
  size: number;
  path: string;
}

/**
 * A QR code made in the browser (uqr; no service elsewhere, UI-4), as an SVG that scales to its box.
 * Medium error correction and a quiet zone of four modules, so a projector's image scans well.
 * Its code is in a chunk of its own: only the QR dialog and the wall import it (VIEW-5).
 */
export function QrCode({ value, label, className }: { value: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => servedQr(value) ?? drawQr(value), [value]);
  return (
    <svg
      className={className}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="qr-code"
      // What it encodes, so that the app can take it from the server's paint.
      data-qr={value}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

function drawQr(value: string): QrDrawing {
  const qr = encode(value, { ecc: "M", border: 4 });
  return { size: qr.size, path: qrPath(qr.data) };
}

/**
 * HTTP-7: the same code as drawn by the server in the board's paint (the wall's QR code). Encoding
 * takes a phone some 25 ms, a long task of its own while the board starts.
 */
function servedQr(value: string): QrDrawing | null {
  const svg = servedPaintPart("data-qr", value);
  const size = Number(svg?.getAttribute("viewBox")?.split(" ")[2]);
  const path = svg?.querySelector("path")?.getAttribute("d");
  return Number.isInteger(size) && size > 0 && path ? { size, path } : null;
}
