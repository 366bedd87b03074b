// The language (Danish default, English one click away) and formatting. The choice is the only
// thing the client keeps in browser storage: it is not personal data.
import { useEffect, useState } from 'preact/hooks';
import { da, en, type TKey } from './catalogue';
export type { TKey } from './catalogue';
import { accessReasonText, type TAccessReasonCode } from '../../../schema/access-reasons.js';
import { legalBasisText } from '../../../schema/legal-basis.js';
import { ACTIONS, ENUMS, type TEnumName } from './enums';
import { AUDIT_ACTION_NAMES, AUDIT_DETAIL_KEYS, AUDIT_DETAIL_VALUES, AUDIT_OBJECT_TYPES, AUDIT_PURPOSE_NAMES } from './audit-vocabulary';
import { fieldErrorText as ruleText } from './field-errors';

export type TLang = 'da' | 'en';
const STORAGE_KEY = 'samvirke.lang';

function initialLang(): TLang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

let lang: TLang = initialLang();
const listeners = new Set<() => void>();

export function getLang(): TLang {
  return lang;
}

export function setLang(next: TLang): void {
  lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
  document.documentElement.lang = next;
  listeners.forEach((l) => l());
}

/** Re-renders the calling component when the language changes. */
export function useLang(): TLang {
  const [, setTick] = useState(0);
  useEffect(() => {
    const l = () => setTick((n) => n + 1);
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  return lang;
}

export function t(key: TKey, params: Record<string, string | number> = {}): string {
  const text: string = (lang === 'en' ? en : da)[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

export function enumLabel<N extends TEnumName>(name: N, value: keyof (typeof ENUMS)[N] | null | undefined): string {
  if (value == null) return t('app.none');
  const pair = (ENUMS[name] as Record<string, readonly [string, string]>)[value as string];
  if (!pair) return String(value);
  return lang === 'en' ? pair[1] : pair[0];
}

export function enumOptions<N extends TEnumName>(name: N): Array<{ value: string; label: string }> {
  return Object.keys(ENUMS[name]).map((value) => ({ value, label: enumLabel(name, value as keyof (typeof ENUMS)[N]) }));
}

export function actionLabel(action: string): string {
  const pair = ACTIONS[action];
  if (pair) return lang === 'en' ? pair[1] : pair[0];
  const words = action.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function pick(pair: readonly [string, string] | undefined): string | undefined {
  return pair ? (lang === 'en' ? pair[1] : pair[0]) : undefined;
}

/** A grant's legal basis: the system's own (break-glass) in the page's language, a typed one as it is. */
export function legalBasis(basis: string): string {
  return legalBasisText(basis, lang);
}

/** The audit trail's codes in words (audit-vocabulary.ts); an unknown code is shown as it is. */
export const auditLabel = {
  action: (code: string): string => pick(AUDIT_ACTION_NAMES[code]) ?? code,
  purpose: (code: string): string => pick(AUDIT_PURPOSE_NAMES[code]) ?? pick((ENUMS.AccessPurpose as Record<string, readonly [string, string]>)[code]) ?? code,
  objectType: (code: string): string => pick(AUDIT_OBJECT_TYPES[code]) ?? code,
  detailKey: (key: string): string => pick(AUDIT_DETAIL_KEYS[key]) ?? key,
  /** A code in details: the trail's own words first, then the schema's enums (states, levels, regions, ...). */
  detailValue: (code: string, prefer: readonly TEnumName[] = []): string | undefined => {
    const own = pick(AUDIT_DETAIL_VALUES[code]);
    if (own) return own;
    const order: TEnumName[] = [...prefer, 'ReferralState', 'OperationState', 'AccessLevel', 'AccessPurpose', 'Region', 'ReferenceGroup', 'AccessRequestState', 'AccessRequestOrigin', 'CaseEventKind', 'CaseProvision', 'Role', 'InvitationStatus'];
    for (const name of order) {
      const found = pick((ENUMS[name] as Record<string, readonly [string, string]>)[code]);
      if (found) return found;
    }
    return pick(AUDIT_PURPOSE_NAMES[code]);
  },
};

/**
 * The words for an input error: the text of the server's rule code (extensions.rule) from
 * field-errors.ts, the one catalogue of those texts, with its bounds filled in. Without a known
 * rule the server's own words are English: shown as they are in English, a general text in Danish.
 */
export function fieldErrorText(rule: string | undefined, bounds: { limit?: unknown; min?: unknown; max?: unknown }, fallback: string): string {
  return ruleText(rule, lang, bounds) ?? (lang === 'en' ? fallback : t('form.invalid'));
}

const ZONE = 'Europe/Copenhagen';
const locale = () => (lang === 'en' ? 'en-GB' : 'da-DK');

/**
 * ISO codes in words, in the page's language, from the browser's own tables (Intl.DisplayNames):
 * `RO` → "Rumænien", `ro` → "rumænsk". The code stays beside it, as forms and other systems use it.
 */
function displayName(type: 'region' | 'language', code: string): string {
  try {
    const name = new Intl.DisplayNames([locale()], { type, fallback: 'none' }).of(type === 'region' ? code.toUpperCase() : code.toLowerCase());
    return name ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

export function countryName(code: string): string {
  return displayName('region', code);
}

export function languageNames(codes: readonly string[]): string {
  return codes.map((c) => displayName('language', c)).join(', ');
}

/** A number in the page's language (`34,6` / `34.6`), not the browser's. */
export function formatNumber(value: number, maximumFractionDigits = 0): string {
  return value.toLocaleString(locale(), { maximumFractionDigits });
}

/** `1. december 2026` / `1 December 2026`. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return t('app.none');
  const date = value.length === 10 ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE }).format(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return t('app.none');
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: ZONE }).format(new Date(value));
}

export function formatTime(value: string | number | Date): string {
  return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', timeZone: ZONE }).format(new Date(value));
}

/**
 * Why the viewer holds its access, in the page's language: the text of the API's reasonCode from
 * schema/access-reasons.ts, the one table of those texts, with its level, purpose and date in words.
 */
export function accessReason(access: { reasonCode: TAccessReasonCode; reasonParams?: Partial<Record<string, string | null>> | null }): string {
  return accessReasonText(access.reasonCode, access.reasonParams, lang, (name, value) => {
    if (name === 'until') return formatDateTime(value);
    if (name === 'level') return enumLabel('AccessLevel', value as 'FULL');
    if (name === 'purpose') return enumLabel('AccessPurpose', value as 'OTHER').toLowerCase();
    return value;
  });
}
