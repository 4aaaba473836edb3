/** Width of a text in characters of a CJK font: CJK (and full-width) one, ASCII half. */
export function textWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
}
