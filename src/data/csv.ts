/** One record of a CSV file, with the line on which it starts (1-based, header = line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  /** Structural errors (e.g. an unterminated quote), with their line. */
  errors: { line: number; message: string }[];
}

/**
 * Parses CSV as spreadsheets write it (RFC 4180): fields separated by commas — or semicolons, as
 * French-locale spreadsheets export, detected from the header line — optionally quoted with `"`,
 * quotes doubled inside quoted fields, line breaks allowed inside quotes, CRLF or LF line ends, and
 * a leading UTF-8 byte-order mark ignored. Blank lines are skipped.
 */
export function parseCsv(input: string): CsvTable {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';

  const rows: CsvRecord[] = [];
  const errors: CsvTable['errors'] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quotedField = false;
  // Whether `field` is only white space so far (`field.trim() === ''`), kept up to date as
  // characters are added: trimming the field at each quote would take quadratic time on a long
  // line with many quotes.
  let blank = true;

  const add = (chars: string) => {
    field += chars;
    if (blank && /\S/.test(chars)) blank = false;
  };
  const endField = () => {
    fields.push(quotedField ? field : field.trim());
    field = '';
    blank = true;
    quotedField = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          add('"');
          i += 1;
        } else inQuotes = false;
      } else {
        if (char === '\n') line += 1;
        add(char);
      }
      continue;
    }
    if (char === '"' && blank) {
      inQuotes = true;
      quotedField = true;
      field = '';
    } else if (char === delimiter) {
      endField();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      add(char);
    }
  }
  if (inQuotes) errors.push({ line: recordLine, message: 'a quoted field is never closed' });
  if (field !== '' || fields.length > 0) endRecord();

  const [header, ...records] = rows;
  return { header: header?.fields.map((name) => name.trim().toLowerCase()) ?? [], records, errors };
}

/** Cell text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell as written (RFC 4180): quoted when it holds a delimiter (`,` or `;`), a quote, a
 * line break or edge spaces. With `{ formulaSafe: true }`, a cell that a spreadsheet would read as
 * a formula is prefixed with `'` first, so that text typed by a user never runs as one.
 * Invariant: `parseCsv` reads back the text given (with the `'` when one was added).
 */
export function csvCell(
  value: string,
  { formulaSafe = false }: { formulaSafe?: boolean } = {},
): string {
  const text = formulaSafe && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
