// CSV as RFC 4180 describes it: comma-separated, fields with commas, quotes or line breaks in
// double quotes, a quote inside a quoted field doubled. Pure functions: the parser reads the
// historical register, the writer (csv-stringify) produces the statistics export.
//
// The reader stays our own, on purpose: an import must report every malformed record with its
// line and go on with the next line, and csv-parse's skip_records_with_error resynchronises
// inside the broken record instead — after `"q"r,2` it swallowed the good record on the next line
// (tried with the current csv-parse: of `a,b / x"y,1 / "q"r,2 / ok,3` it kept only `a,b`). Its messages
// also quote the offending value, which must never reach an error message here.
import { stringify } from 'csv-stringify/sync';

export type TCsvRecord = {
  /** The physical line (1-based) on which the record starts: what an error message points at. */
  line: number;
  fields: string[];
};

export type TCsvProblem = { line: number; reason: string };

export type TParsedCsv = { records: TCsvRecord[]; problems: TCsvProblem[] };

/**
 * Parses CSV text. A UTF-8 byte order mark is ignored; lines end in CRLF, LF or CR; blank lines
 * are skipped. A malformed record (a quote inside an unquoted field, text after a closing quote)
 * becomes a problem with its line number and the parser carries on with the next line, so one
 * pass reports every bad record. An unterminated quoted field runs to the end of the text.
 */
export function parseCsv(text: string): TParsedCsv {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: TCsvRecord[] = [];
  const problems: TCsvProblem[] = [];
  let i = 0;
  let line = 1;
  const n = input.length;

  /** Consumes one line ending at i, if there is one; true when it did. */
  const consumeLineEnd = (): boolean => {
    if (input[i] === '\r') {
      i += input[i + 1] === '\n' ? 2 : 1;
      line += 1;
      return true;
    }
    if (input[i] === '\n') {
      i += 1;
      line += 1;
      return true;
    }
    return false;
  };

  /** Skips to just after the next line ending (resynchronising after a malformed record). */
  const skipRestOfLine = (): void => {
    while (i < n && input[i] !== '\r' && input[i] !== '\n') i += 1;
    consumeLineEnd();
  };

  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let broken: string | null = null;
    let sawQuoted = false;
    for (;;) {
      // One field.
      let value = '';
      if (input[i] === '"') {
        sawQuoted = true;
        i += 1;
        let closed = false;
        while (i < n) {
          const ch = input[i]!;
          if (ch === '"') {
            if (input[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i += 1;
            closed = true;
            break;
          }
          if (ch === '\r' || ch === '\n') {
            // A line break inside quotes is part of the value (CRLF kept as it was written).
            if (ch === '\r' && input[i + 1] === '\n') {
              value += '\r\n';
              i += 2;
            } else {
              value += ch;
              i += 1;
            }
            line += 1;
            continue;
          }
          value += ch;
          i += 1;
        }
        if (!closed) {
          problems.push({ line: startLine, reason: 'A quoted field is not closed before the end of the file' });
          return { records, problems };
        }
        if (i < n && input[i] !== ',' && input[i] !== '\r' && input[i] !== '\n') {
          broken = 'Unexpected text after a closing quote (a quote inside a field must be doubled and the field quoted)';
        }
      } else {
        while (i < n && input[i] !== ',' && input[i] !== '\r' && input[i] !== '\n') {
          if (input[i] === '"') broken = 'A quote inside an unquoted field (quote the field and double the quote)';
          value += input[i];
          i += 1;
        }
      }
      if (broken) break;
      fields.push(value);
      if (input[i] === ',') {
        i += 1;
        continue;
      }
      consumeLineEnd();
      break;
    }
    if (broken) {
      problems.push({ line: startLine, reason: broken });
      skipRestOfLine();
      continue;
    }
    const blank = fields.length === 1 && fields[0] === '' && !sawQuoted;
    if (!blank) records.push({ line: startLine, fields });
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
