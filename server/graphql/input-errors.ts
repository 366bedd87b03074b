// graphql-js repeats the offending value in its input errors ("Variable "$input" got invalid
// value { subject: { name: "…" } }; …"). The value may be personal data, so it is cut out, and
// the field at fault is named the way our own errors name it (extensions.field).

const REASON = /; (?=Value |Field |Expected |Int |Float |String |Boolean |ID |Enum |Date |DateTime |Cannot |Only |Unknown )/g;

/** Removes every echoed value from a graphql-js input or validation message. */
export function withoutValues(message: string): string {
  return message
    .replace(/Value "(?:[^"\\]|\\.)*"/g, 'The value')
    .replace(/(cannot represent[^:]*): .*$/s, '$1.')
    .replace(/, found [^;]*/g, '')
    .replace(/got invalid value .*?(?= at "[\w.[\]]+"; |; |$)/s, 'got an invalid value');
}

/** For a variable coercion error: a message without the value, and the field at fault. */
export function describeInputError(message: string): { message: string; field?: string } {
  const missing = /^Variable "\$(\w+)" of required type "[^"]+" was not provided\.$/.exec(message);
  if (missing) return { message, field: missing[1] };
  const variable = /^Variable "\$(\w+)" got invalid value /.exec(message);
  if (!variable) return { message: withoutValues(message) };
  let reasonAt = -1;
  for (const match of message.matchAll(REASON)) reasonAt = match.index;
  if (reasonAt < 0) return { message: withoutValues(message), field: variable[1] };
  const prefix = message.slice(0, reasonAt);
  const reason = message.slice(reasonAt + 2);
  const at = / at "([\w.[\]]+)"$/.exec(prefix)?.[1] ?? variable[1]!;
  const named = /^Field "(\w+)" (?:of required type "[^"]+" was not provided|is not defined by type)/.exec(reason);
  const field = named ? `${at}.${named[1]}` : at;
  return { message: `Invalid value for "${field}": ${withoutValues(reason)}`, field };
}
