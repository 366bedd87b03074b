// graphql-js repeats the offending value in its input errors ("Variable "$input" got invalid
// value { subject: { name: "…" } }; …"). The value may be personal data, so it is cut out, and
// the field at fault is named the way our own errors name it (extensions.field).
import type { TInputRule } from '../../schema/input-rules.js';

const REASON = /; (?=Value |Field |Expected |Int |Float |String |Boolean |ID |Enum |Date |DateTime |Cannot |Only |Unknown )/g;

/** Removes every echoed value from a graphql-js input or validation message. */
export function withoutValues(message: string): string {
  return message
    .replace(/Value "(?:[^"\\]|\\.)*"/g, 'The value')
    .replace(/(cannot represent[^:]*): .*$/s, '$1.')
    .replace(/, found [^;]*/g, '')
    .replace(/got invalid value .*?(?= at "[\w.[\]]+"; |; |$)/s, 'got an invalid value');
}

/**
 * The rule a coercion error breaks (schema/input-rules.ts): a required value left out or given as
 * null is REQUIRED, a field the input type does not have UNKNOWN_FIELD, a value outside an enum
 * NOT_ALLOWED_VALUE, anything else (a string for an Int, a malformed date) INVALID_VALUE.
 */
function ruleOfCoercion(reason: string): TInputRule {
  if (/was not provided|must not be null|Expected non-nullable type/.test(reason)) return 'REQUIRED';
  if (/is not defined by type/.test(reason)) return 'UNKNOWN_FIELD';
  if (/does not exist in "\w+" enum|Enum "\w+" cannot represent/.test(reason)) return 'NOT_ALLOWED_VALUE';
  // The Date and DateTime scalars' own refusals (graphql/scalars.ts).
  if (/^(?:Date|DateTime) (?:must be|is not a real)/m.test(reason) || /; (?:Date|DateTime) (?:must be|is not a real)/.test(reason)) return 'INVALID_DATE';
  return 'INVALID_VALUE';
}

/** For a variable coercion error: a message without the value, the field at fault and the rule broken. */
export function describeInputError(message: string): { message: string; field?: string; rule: TInputRule } {
  const missing = /^Variable "\$(\w+)" of required type "[^"]+" was not provided\.$/.exec(message);
  if (missing) return { message, field: missing[1], rule: 'REQUIRED' };
  const variable = /^Variable "\$(\w+)" got invalid value /.exec(message);
  if (!variable) return { message: withoutValues(message), rule: ruleOfCoercion(message) };
  let reasonAt = -1;
  for (const match of message.matchAll(REASON)) reasonAt = match.index;
  if (reasonAt < 0) return { message: withoutValues(message), field: variable[1], rule: ruleOfCoercion(message) };
  const prefix = message.slice(0, reasonAt);
  const reason = message.slice(reasonAt + 2);
  const at = / at "([\w.[\]]+)"$/.exec(prefix)?.[1] ?? variable[1]!;
  const named = /^Field "(\w+)" (?:of required type "[^"]+" was not provided|is not defined by type)/.exec(reason);
  // graphql-js writes list positions as [3]; every other error names them as zod does: ids.3.
  const field = (named ? `${at}.${named[1]}` : at).replace(/\[(\d+)\]/g, '.$1');
  return { message: `Invalid value for "${field}": ${withoutValues(reason)}`, field, rule: ruleOfCoercion(reason) };
}
