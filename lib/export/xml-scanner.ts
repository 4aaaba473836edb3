// A small streaming XML reader for the parts of an .xlsx, standing in for saxes on the import's hot
// path: a 100,000-row register has over a million cells to read, and saxes, which walks every
// character through a state machine, took about a quarter of the import. This one jumps from '<' to
// '>' with indexOf and cuts names, attribute values and texts out of the chunk whole. It gives the
// same events as saxes does for the elements, attributes and texts a sheet holds (xml-scanner.test.ts
// compares the two on real files and on hand-made XML): a tag's qualified name with its attributes,
// each text decoded (the five XML entities, character references, line ends normalised), the close
// of each element (a self-closing one too); comments, processing instructions and the XML
// declaration are skipped; CDATA is text (saxes reports it apart, and the readers took no notice).
// What a sheet never holds is refused as a corrupt file, as saxes refuses it: a document type
// declaration (and so any entity of its own), an undefined entity, a character XML does not allow,
// a mismatched or stray end tag, text or a second element outside the root. A token cut by a chunk's end waits for the next chunk (boundedWriter caps how long).
import { corrupt } from './xlsx-first-sheet';

export type XmlTag = { name: string; attributes: Record<string, string> };
type Events = { opentag: (tag: XmlTag) => void; text: (text: string) => void; closetag: (tag: XmlTag) => void };

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
// Characters XML 1.0 does not allow (§2.2), as saxes refuses them.
const DISALLOWED = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

function charRef(body: string): string {
  const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  const digits = body[1] === 'x' ? /^#x[0-9a-fA-F]+$/ : /^#[0-9]+$/;
  if (!digits.test(body) || !(code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff))) {
    throw corrupt();
  }
  return String.fromCodePoint(code);
}

/** Raw text (of an element or an attribute value) as XML reads it. */
function decode(raw: string): string {
  if (DISALLOWED.test(raw)) throw corrupt();
  let text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!text.includes('&')) return text;
  text = text.replace(/&([^;&]*);?/g, (match, body: string) => {
    if (!match.endsWith(';')) throw corrupt();
    if (body[0] === '#') return charRef(body);
    const named = NAMED[body];
    if (named === undefined) throw corrupt();
    return named;
  });
  return text;
}

function attributeValue(raw: string): string {
  // Attribute-value normalisation (XML §3.3.3): each literal white-space character is a space.
  const text = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return decode(text);
}

// A sheet has over a million cells, each opened and closed twice (<c>, <v>): what is made per tag is
// kept to the tag itself. An end tag has no attributes (one shared, frozen empty set), and the start
// tag's reading is told through one reused object, taken at once by the scanner.
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
type StartTag = { tag: XmlTag; selfClosing: boolean; end: number };
const read: StartTag = { tag: { name: '', attributes: NO_ATTRIBUTES }, selfClosing: false, end: 0 };
function startTagRead(tag: XmlTag, selfClosing: boolean, end: number): StartTag {
  read.tag = tag;
  read.selfClosing = selfClosing;
  read.end = end;
  return read;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;
// Characters that end a name: white space, '/', '=', '>', and the quotes.
const endsName = (c: number) => c <= 32 || c === 47 || c === 61 || c === 62 || c === 34 || c === 39 || c === 60;

/**
 * The start tag at xml[from] (just past its '<'): its name, attributes and where it ends (just past
 * its '>'), or null when the chunk ends first.
 */
function startTag(xml: string, from: number): StartTag | null {
  const length = xml.length;
  let at = from;
  while (at < length && !endsName(xml.charCodeAt(at))) at++;
  if (at === from) throw corrupt();
  const name = xml.slice(from, at);
  const first = name.charCodeAt(0);
  if ((first >= 48 && first <= 57) || first === 45 || first === 46) throw corrupt(); // a digit, '-' or '.'
  const attributes: Record<string, string> = {};
  for (;;) {
    const before = at;
    while (at < length && isSpace(xml.charCodeAt(at))) at++;
    if (at >= length) return null;
    const c = xml.charCodeAt(at);
    if (c === 62) return startTagRead({ name, attributes }, false, at + 1);
    if (c === 47) {
      if (at + 1 >= length) return null;
      if (xml.charCodeAt(at + 1) !== 62) throw corrupt();
      return startTagRead({ name, attributes }, true, at + 2);
    }
    if (at === before) throw corrupt(); // attributes are separated by white space
    const nameStart = at;
    while (at < length && !endsName(xml.charCodeAt(at))) at++;
    if (at === nameStart) throw corrupt();
    const key = xml.slice(nameStart, at);
    while (at < length && isSpace(xml.charCodeAt(at))) at++;
    if (at >= length) return null;
    if (xml.charCodeAt(at) !== 61) throw corrupt();
    at++;
    while (at < length && isSpace(xml.charCodeAt(at))) at++;
    if (at >= length) return null;
    const quote = xml.charCodeAt(at);
    if (quote !== 34 && quote !== 39) throw corrupt();
    const close = xml.indexOf(quote === 34 ? '"' : "'", at + 1);
    if (close < 0) return null;
    // One look at each character of the value (a sheet's are a few characters: "B7", "3", "s").
    let plain = true;
    for (let i = at + 1; i < close; i++) {
      const v = xml.charCodeAt(i);
      if (v === 60) throw corrupt(); // '<'
      if (v === 38 || v === 9 || v === 10 || v === 13) plain = false; // '&' or white space to normalise
    }
    if (Object.hasOwn(attributes, key)) throw corrupt();
    const raw = xml.slice(at + 1, close);
    attributes[key] = plain ? raw : attributeValue(raw);
    at = close + 1;
  }
}

export class XmlScanner {
  private handlers: Partial<Events> = {};
  private rest = '';
  private open: string[] = [];
  private rootSeen = false;

  on<E extends keyof Events>(event: E, handler: Events[E]): this {
    this.handlers[event] = handler as never;
    return this;
  }

  write(chunk: string): this {
    const xml = this.rest ? this.rest + chunk : chunk;
    let at = 0;
    for (;;) {
      const lt = xml.indexOf('<', at);
      if (lt < 0) break; // the text runs on into the next chunk
      if (lt > at) this.text(xml.slice(at, lt));
      const next = this.markup(xml, lt);
      if (next < 0) {
        at = lt;
        break;
      }
      at = next;
    }
    this.rest = xml.slice(at);
    return this;
  }

  /** The end of a part: anything left unclosed makes it corrupt. */
  close(): this {
    if (this.rest.trim() !== '' || this.open.length || !this.rootSeen) throw corrupt();
    return this;
  }

  private text(raw: string): void {
    if (!this.open.length) {
      if (raw.trim() !== '') throw corrupt();
      return;
    }
    const text = decode(raw); // checked even when nobody listens
    this.handlers.text?.(text);
  }

  /** Handles the markup at `lt`; returns where it ends, or -1 when the chunk ends first. */
  private markup(xml: string, lt: number): number {
    const c = xml[lt + 1];
    if (c === undefined) return -1;
    if (c === '!') {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        return end < 0 ? -1 : end + 3;
      }
      if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) return -1;
        if (!this.open.length) throw corrupt();
        const raw = xml.slice(lt + 9, end);
        if (DISALLOWED.test(raw)) throw corrupt();
        const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
        this.handlers.text?.(text);
        return end + 3;
      }
      if (xml.length - lt < 9) return -1;
      throw corrupt(); // a document type declaration: never in an .xlsx part
    }
    if (c === '?') {
      const end = xml.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (c === '/') {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) return -1;
      const name = xml.slice(lt + 2, end).trimEnd();
      if (this.open.pop() !== name) throw corrupt();
      this.handlers.closetag?.({ name, attributes: NO_ATTRIBUTES });
      return end + 1;
    }
    const start = startTag(xml, lt + 1);
    if (!start) return -1;
    if (!this.open.length) {
      if (this.rootSeen) throw corrupt();
      this.rootSeen = true;
    }
    const { tag, selfClosing, end } = start; // taken before any handler runs (another scanner may reuse it)
    this.open.push(tag.name);
    this.handlers.opentag?.(tag);
    if (selfClosing) {
      this.open.pop();
      this.handlers.closetag?.(tag);
    }
    return end;
  }
}
