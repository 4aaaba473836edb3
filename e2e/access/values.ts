// Small values shared by the access matrix, its fixtures and the fault suite.

/** A FormData from plain fields, as a form would send them. */
export function formData(fields: Record<string, string | Blob> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

export function todayInChina(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

let counter = 0;
/** A name no other call of this process uses. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${++counter}`.toUpperCase();
}
