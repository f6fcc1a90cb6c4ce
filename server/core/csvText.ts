import { stringify } from "csv-stringify/sync";
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
