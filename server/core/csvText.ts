import { stringify } from "csv-stringify/sync";
import type { Request, Response } from "express";
import { cleanTextLines } from "../../shared/plainText";

/**
 * A line a spreadsheet could take for a formula (OWASP "CSV injection": = + - @, tab, CR). Cleaning
 * made tab a space and CR a line break first; spaces before the sign count too, since some programs
 * trim them.
 */
const FORMULA_LINE_START = /(^|\n)(?=[ ]*[=+\-@])/g;

/**
 * A cell as text, whatever it holds (EXP-6): control characters gone and line breaks LF (VAL-9,
 * VAL-10), and every line that starts like a formula, the first and any after a line break, starts
 * with `'` instead, so no spreadsheet runs what someone typed, not even one that splits the cell.
 */
export function spreadsheetCell(value: string): string {
  return cleanTextLines(value).replace(FORMULA_LINE_START, "$1'");
}

/**
 * Rows as CSV with CRLF after each (EXP-5): a cell with a line break, the delimiter or a quote is
 * quoted, so a line break inside a cell never starts a row.
 */
export function csvText(rows: readonly (readonly string[])[], delimiter: ";" | ","): string {
  return stringify(
    rows.map((row) => row.map(spreadsheetCell)),
    { delimiter, record_delimiter: "windows", quoted_match: /[\r\n]/ },
  );
}

/** English when the caller asks for it first, else German (the boards' language). */
export function spreadsheetLanguageOf(req: Request): "de" | "en" {
  return req.acceptsLanguages("de", "en") === "en" ? "en" : "de";
}

/** A moment as Berlin wall time, "2027-01-24 18:05": what a spreadsheet reads as a date. */
export const berlinTime = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Berlin",
  dateStyle: "short",
  timeStyle: "short",
});

/**
 * Sends rows as a CSV download for one caller: UTF-8 with a byte order mark so that spreadsheet
 * programs read umlauts right; semicolons in German (what German Excel expects), commas in English.
 */
export function sendCsv(
  res: Response,
  rows: readonly (readonly string[])[],
  language: "de" | "en",
  fileName: string,
): void {
  const csv = csvText(rows, language === "de" ? ";" : ",");
  res.setHeader("Content-Type", "text/csv; charset=utf-8");
  res.attachment(fileName);
  res.setHeader("Cache-Control", "private, no-store");
  res.vary("Accept-Language");
  res.send(`\uFEFF${csv}`);
}
