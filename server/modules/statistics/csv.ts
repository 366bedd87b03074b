// CSV as RFC 4180 describes it: comma-separated, fields with commas, quotes or line breaks in
// double quotes, a quote inside a quoted field doubled. Pure functions: the reader (csv-parse)
// reads the historical register, the writer (csv-stringify) produces the statistics export.
//
// An import must report every malformed record with its line and go on with the next line, and
// never quote a value in what it reports. csv-parse's own skip_records_with_error resynchronises
// inside the broken record, which swallowed the good record on the next line (of
// `a,b / x"y,1 / "q"r,2 / ok,3` it kept only `a,b`), and its messages quote the offending value.
// So the reader stops csv-parse at a malformed record, reports it in its own words by code, and
// starts csv-parse again on the physical line after the one where the fault was found.
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export type TCsvRecord = {
  /** The physical line (1-based) on which the record starts: what an error message points at. */
  line: number;
  fields: string[];
};

export type TCsvProblem = { line: number; reason: string };

export type TParsedCsv = { records: TCsvRecord[]; problems: TCsvProblem[] };

/** Our words for csv-parse's faults: csv-parse's own messages quote the value, which must not leave the reader. */
const FAULTS: Record<string, string> = {
  INVALID_OPENING_QUOTE: 'A quote inside an unquoted field (quote the field and double the quote)',
  CSV_INVALID_CLOSING_QUOTE: 'Unexpected text after a closing quote (a quote inside a field must be doubled and the field quoted)',
  CSV_QUOTE_NOT_CLOSED: 'A quoted field is not closed before the end of the file',
};

const lineBreaks = (fields: readonly string[]): number => fields.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);

/**
 * Parses CSV text. A UTF-8 byte order mark is ignored; lines end in CRLF, LF or CR (a line break
 * inside a quoted field reads as LF); blank lines are skipped. A malformed record (a quote inside
 * an unquoted field, text after a closing quote) becomes a problem with the line it starts on, and
 * reading goes on with the line after the fault, so one pass reports every bad record. An
 * unterminated quoted field runs to the end of the text.
 */
export function parseCsv(text: string): TParsedCsv {
  // One line ending, so that csv-parse's line count (which counts a CRLF inside quotes twice) is
  // the physical line, and a line's start is found by its LFs.
  const input = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let i = input.indexOf('\n'); i !== -1; i = input.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const blank = (line: number): boolean => line <= lineStarts.length && input[lineStarts[line - 1]!] === '\n';

  const records: TCsvRecord[] = [];
  const problems: TCsvProblem[] = [];
  // Reading starts on `from` (a physical line); csv-parse counts the lines of its slice from 1.
  let from = 1;
  while (from <= lineStarts.length) {
    const offset = from - 1;
    let lastLine = offset;
    try {
      parse(input.slice(lineStarts[offset]), {
        record_delimiter: '\n',
        relax_column_count: true,
        skip_empty_lines: true,
        on_record: (fields: string[], context) => {
          lastLine = offset + context.lines;
          records.push({ line: lastLine - lineBreaks(fields), fields });
          return null;
        },
      });
      break;
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      // The faulty record starts on the first line with text after the last good record.
      let start = lastLine + 1;
      while (blank(start)) start += 1;
      problems.push({ line: start, reason: FAULTS[error.code] ?? 'A malformed record' });
      if (error.code === 'CSV_QUOTE_NOT_CLOSED') break;
      from = Math.max(offset + (typeof error.lines === 'number' ? error.lines : 1), start) + 1;
    }
  }
  return { records, problems };
}

/** Writes rows as CSV with CRLF line endings (RFC 4180), quoting only where needed (a lone CR or LF too). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return stringify(
    rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))),
    { record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}
