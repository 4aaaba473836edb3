// What a search box query becomes for the case index (FTS5, trigram tokenizer; see
// drizzle/0010_case_search.sql). Three characters or more: one phrase, every case whose number,
// applicant or request contains the text. One or two characters, which no trigram can hold: the
// index terms that begin with them (each indexed value ends in two U+0001 so that every character
// begins a term). Case does not matter, as with LIKE before; control characters are dropped (they
// cannot be typed into a search box, and U+0001 would match the padding).

export type SearchText = { kind: 'phrase'; match: string } | { kind: 'prefix'; from: string; to: string };

const CONTROL = /[\u0000-\u001f\u007f]/g;
const AFTER_EVERY_CHARACTER = '\u{10FFFF}';

export function searchText(query: string | undefined): SearchText | null {
  const text = (query ?? '').replace(CONTROL, '').trim().toLowerCase();
  if (!text) return null;
  if ([...text].length >= 3) return { kind: 'phrase', match: `"${text.replace(/"/g, '""')}"` };
  return { kind: 'prefix', from: text, to: text + AFTER_EVERY_CHARACTER };
}
