// The historical register's CSV reader (csv-parse underneath): the line a record starts on, every
// malformed record reported with its line and none of its values, and the good records around it kept.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../server/modules/statistics/csv.js';

const QUOTE_IN_UNQUOTED = 'A quote inside an unquoted field (quote the field and double the quote)';
const TEXT_AFTER_QUOTE = 'Unexpected text after a closing quote (a quote inside a field must be doubled and the field quoted)';
const NOT_CLOSED = 'A quoted field is not closed before the end of the file';

describe('parseCsv', () => {
  it('reads quoted fields: commas, doubled quotes, empty and blank-looking values', () => {
    const { records, problems } = parseCsv('a,b,c\n"x, y","say ""hi""",""\n,"",\n"  ",z,"1,5"\n');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', ''] },
      { line: 3, fields: ['', '', ''] },
      { line: 4, fields: ['  ', 'z', '1,5'] },
    ]);
  });

  it('gives a record spanning lines the line it starts on, and later records their own, whatever the line endings', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['h1,h2', '"two', 'lines",1', '"three', '', 'lines",2', '', 'after,3', ''].join(eol);
      const { records, problems } = parseCsv(text);
      expect(problems, JSON.stringify(eol)).toEqual([]);
      expect(records, JSON.stringify(eol)).toEqual([
        { line: 1, fields: ['h1', 'h2'] },
        { line: 2, fields: ['two\nlines', '1'] },
        { line: 4, fields: ['three\n\nlines', '2'] },
        { line: 8, fields: ['after', '3'] },
      ]);
    }
  });

  it('reports each bad line with its line and keeps the good line right after it', () => {
    const { records, problems } = parseCsv('a,b\nx"y,1\n"q"r,2\nok,3\n"p\r\n\r\nq"r,4\ngood,5\n"open,6\nnever,7\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 4, fields: ['ok', '3'] },
      { line: 8, fields: ['good', '5'] },
    ]);
    expect(problems).toEqual([
      { line: 2, reason: QUOTE_IN_UNQUOTED },
      { line: 3, reason: TEXT_AFTER_QUOTE },
      { line: 5, reason: TEXT_AFTER_QUOTE },
      // An unterminated quoted field runs to the end of the file: nothing after it is a record.
      { line: 9, reason: NOT_CLOSED },
    ]);
  });

  it('a bad record after blank lines is reported on its own line, and a bad first line does not lose the rest', () => {
    expect(parseCsv('"x"y,1\nok,2\n')).toEqual({ records: [{ line: 2, fields: ['ok', '2'] }], problems: [{ line: 1, reason: TEXT_AFTER_QUOTE }] });
    expect(parseCsv('a,b\n\n\nx"y,1\n\nok,2')).toEqual({
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 6, fields: ['ok', '2'] },
      ],
      problems: [{ line: 4, reason: QUOTE_IN_UNQUOTED }],
    });
  });

  it('never puts a value in what it reports', () => {
    const values = ['Maria Ionescu', 'CPR 010190-1234', 'secret"x'];
    const { problems } = parseCsv(`a,b\nMaria"Ionescu,1\n"CPR 010190-1234"x,2\n"secret""x"y,3\n"Maria Ionescu`);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4, 5]);
    for (const problem of problems) for (const value of [...values, 'Maria', 'Ionescu', '010190']) expect(problem.reason).not.toContain(value);
  });

  it('ignores a byte order mark and blank lines; an empty file has no records', () => {
    expect(parseCsv('\ufeffa,b\r\n\r\n1,2\r\n')).toEqual({
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 3, fields: ['1', '2'] },
      ],
      problems: [],
    });
    expect(parseCsv('\ufeff"a",b\n').records[0]!.fields).toEqual(['a', 'b']);
    expect(parseCsv('')).toEqual({ records: [], problems: [] });
    expect(parseCsv('\n\r\n')).toEqual({ records: [], problems: [] });
  });
});
