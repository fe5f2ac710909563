// Small helpers for composing SQL from fixed fragments with bound parameters. User input only ever
// reaches SQLite as a parameter; column names come from whitelists in the repositories.

export interface Fragment {
  text: string;
  params: unknown[];
}

export function sql(text: string, ...params: unknown[]): Fragment {
  return { text, params };
}

export function join(fragments: Fragment[], separator: string): Fragment {
  return {
    text: fragments.map((f) => f.text).join(separator),
    params: fragments.flatMap((f) => f.params),
  };
}

/** `WHERE a AND b` or nothing. */
export function where(conditions: Fragment[]): Fragment {
  return conditions.length ? join([sql('WHERE'), join(conditions, ' AND ')], ' ') : sql('');
}

export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

export function nowIso(): string {
  return new Date().toISOString();
}
