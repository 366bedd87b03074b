// core/db.ts row readers (ADR 0022): raw rows as objects of one shape, and partial rows whose
// other columns are read, once for all the rows of a statement, when first asked for.
import { describe, expect, it } from 'vitest';
import { accessGrants, organisations } from '../../../db/schema/index.js';
import { partialRowReader, tableReader } from '../../../server/core/db.js';

describe('rowReader.fromRaw', () => {
  it('names the values in select-list order and decodes the columns stored in another form', () => {
    const reader = tableReader(accessGrants);
    const names = reader.text.split(', ').map((column) => /as "(\w+)"$/.exec(column)![1]!);
    const values = names.map((name) => (name === 'consentOverride' ? 1 : name === 'breakGlass' ? 0 : name === 'userId' ? null : `${name}-value`));
    const row = reader.fromRaw(values);
    expect(Object.keys(row)).toEqual(names);
    expect(row.consentOverride).toBe(true);
    expect(row.breakGlass).toBe(false);
    expect(row.userId).toBeNull();
    expect(row.level).toBe('level-value');
  });
});

describe('partialRowReader', () => {
  const whole = (id: string) => ({ id, code: `C-${id}`, name: `Name ${id}`, kind: 'POLICE', region: id === 'b' ? null : 'HOVEDSTADEN' });

  it('reads the rest of the rows once, when a column not listed is first asked for', () => {
    const reader = partialRowReader<ReturnType<typeof whole>>(organisations, ['id', 'code']);
    expect(reader.text).toBe('"organisations"."id" as "id", "organisations"."code" as "code"');
    const asked: string[] = [];
    let reads = 0;
    let rest: Map<string, ReturnType<typeof whole>> | null = null;
    const restOf = (id: string) => {
      asked.push(id);
      rest ??= (reads += 1, new Map(['a', 'b'].map((i) => [i, whole(i)])));
      return rest.get(id);
    };
    const rows = [reader.fromRaw(['a', 'C-a'], restOf), reader.fromRaw(['b', 'C-b'], restOf)];
    expect(rows.map((r) => r.code)).toEqual(['C-a', 'C-b']);
    expect(reads).toBe(0);
    expect(rows.map((r) => r.name)).toEqual(['Name a', 'Name b']);
    expect(rows.map((r) => r.region)).toEqual(['HOVEDSTADEN', null]);
    expect(reads).toBe(1);
    expect(asked).toEqual(['a', 'b', 'a', 'b']);
    // A whole row to every reader of its properties (a copy takes only the listed ones: own properties).
    for (const property of Object.keys(whole('a')) as Array<keyof ReturnType<typeof whole>>) expect(rows[0]![property]).toEqual(whole('a')[property]);
    expect(Object.keys({ ...rows[0] })).toEqual(['id', 'code']);
    rows[0]!.name = 'Renamed';
    expect(rows[0]!.name).toBe('Renamed');
    expect(rows[1]!.name).toBe('Name b');
  });

  it('gives null for the rest of a row that is no longer there', () => {
    const reader = partialRowReader<ReturnType<typeof whole>>(organisations, ['id', 'code']);
    const row = reader.fromRaw(['gone', 'C-gone'], () => undefined);
    expect(row.name).toBeNull();
  });
});
