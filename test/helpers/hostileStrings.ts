/**
 * Strings that break export formats written carelessly (EXP-1..7): line breaks of every kind,
 * the separators and escapes of vCard, iCalendar and CSV, lines that look like the start of a
 * component or of a spreadsheet formula, control characters (VAL-9), characters of four octets and
 * a line far longer than any fold. The export tests put each of them into every field they write.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  "Verein\rEND:VCARD\rBEGIN:VCARD\rVERSION:4.0\rFN:Bürgermeister Amt\rURL:javascript:alert(1)",
  "Zeile eins\nEND:VCARD\nBEGIN:VCARD",
  "Zeile eins\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Gefälscht",
  "BEGIN:VEVENT",
  "END:VCALENDAR",
  "a;b,c:d\\e",
  "\\n ist kein Zeilenumbruch, \\; auch kein Semikolon",
  "ends with a backslash\\",
  ";;;,,,:::",
  "=cmd|' /C calc'!A0",
  "+49 355 1234",
  "-2+3",
  "@SUM(A1:A9)",
  'Name\n=HYPERLINK("http://evil.example")\r+1\r\n-1\n@x',
  "\tmit Tab\tdazwischen",
  "Anführungszeichen \"so\" und 'so'",
  "NUL\u0000VT\u000bFF\u000cDEL\u007fNEL\u0085LS\u2028PS\u2029ESC\u001b",
  "rechts\u202Enach links\u2066isoliert\u2069",
  "Emoji 😀👩‍👩‍👧 und Umlaute ÄÖÜäöüß",
  `${"Wärmewende im Quartier 😀 ".repeat(400)}Ende`,
  "x".repeat(10_000),
  " führende und folgende Leerzeichen ",
];

/** Every control character the door cleans (VAL-9), each once. */
export const CONTROL_CHARACTERS: readonly string[] = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)),
  ...Array.from({ length: 0x21 }, (_, offset) => String.fromCharCode(0x7f + offset)),
  "\u2028",
  "\u2029",
  "\r\n",
];

/**
 * What no text of ours may hold (VAL-9, VAL-10): C0 controls but LF, DEL, C1, the line and paragraph
 * separators and the explicit bidi controls (VAL-6). Written out here, apart from the code it checks.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const FORBIDDEN_IN_LINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** A single line holds no LF either. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const FORBIDDEN_IN_A_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
