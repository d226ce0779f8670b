// Shared by the CSV reader (csv.ts) and the writer (csv-write.ts), which pages load apart.

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before them) as a formula: such a cell is
 * written with a leading apostrophe (OWASP's advice for CSV injection), except a plain number such as "-12.5".
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?(e[-+]?\d+)?$/i;

export function neutralise(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** What `neutralise` wrote, read back as it was. */
export function unneutralise(value: string): string {
  return value.length > 1 && value[0] === "'" && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

