// The fields of a form as the page's HTML has them (what a browser would submit unchanged), read
// from the server-rendered markup: inputs, checked boxes, selected options, textareas. For the
// fault suite, which saves forms as a browser does without running one.

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]) : null;
}

/** The form that has a field named `field`, as name → value (React's own $ACTION fields left out). */
export function formFields(html: string, field: string): Record<string, string> {
  const form = (html.match(/<form[\s\S]*?<\/form>/g) ?? []).find((f) => f.includes(`name="${field}"`));
  if (!form) throw new Error(`No form with a field “${field}” in the page`);
  const fields: Record<string, string> = {};
  for (const tag of form.match(/<input\b[^>]*>/g) ?? []) {
    const name = attribute(tag, 'name');
    const type = attribute(tag, 'type') ?? 'text';
    if (!name || name.startsWith('$ACTION') || type === 'submit' || type === 'file') continue;
    if ((type === 'checkbox' || type === 'radio') && attribute(tag, 'checked') === null) continue;
    fields[name] = attribute(tag, 'value') ?? (type === 'checkbox' ? 'on' : '');
  }
  for (const m of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attribute(m[1], 'name');
    if (!name) continue;
    const options = [...m[2].matchAll(/<option\b([^>]*)>/g)].map((o) => o[1]);
    const chosen = options.find((o) => attribute(o, 'selected') !== null) ?? options[0];
    fields[name] = chosen ? (attribute(chosen, 'value') ?? '') : '';
  }
  for (const m of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attribute(m[1], 'name');
    if (name) fields[name] = decode(m[2]).replace(/^\n/, '');
  }
  return fields;
}
