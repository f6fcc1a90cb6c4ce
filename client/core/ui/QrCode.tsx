import { useMemo } from "react";
import { encode } from "uqr";

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

/**
 * A QR code made in the browser (uqr; no service elsewhere, UI-4), as an SVG that scales to its box.
 * Medium error correction and a quiet zone of four modules, so a projector's image scans well.
 * Its code is in a chunk of its own: only the QR dialog and the wall import it (VIEW-5).
 */
export function QrCode({ value, label, className }: { value: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => {
    const qr = encode(value, { ecc: "M", border: 4 });
    return { size: qr.size, path: qrPath(qr.data) };
  }, [value]);
  return (
    <svg
      className={className}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="qr-code"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
