// Unsaved changes of open forms, in memory only (never browser storage): when the session ends
// mid-form, what was typed since the last server save waits here until the same user is back.
const pending = new Map<string, unknown>();

export function keepDraft(key: string, value: unknown): void {
  pending.set(key, value);
}

export function takeDraft<T>(key: string): T | undefined {
  return pending.get(key) as T | undefined;
}

export function dropDraft(key: string): void {
  pending.delete(key);
}

export function forgetDrafts(): void {
  pending.clear();
}
