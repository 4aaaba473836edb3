// The hostile input corpus: what a careless or malicious user types or uploads. Markup carries a
// marker (window.__xss) so the browser check can tell a script that ran from text that is shown.

export const XSS_MARKER = '__xss';

export type HostileValue = { name: string; value: string };

export const HOSTILE_VALUES: HostileValue[] = [
  { name: 'markup', value: `<script>window.${XSS_MARKER}=1</script><img src=x onerror="window.${XSS_MARKER}=2">` },
  { name: 'attribute breakout', value: `"><svg onload="window.${XSS_MARKER}=3">'` },
  { name: 'quotes', value: `O'Brien "引号" \`反引号\` \\反斜杠` },
  { name: 'SQL', value: `'; DROP TABLE cases; -- ' OR '1'='1` },
  { name: 'formula', value: '=HYPERLINK("http://example.invalid","点击")' },
  { name: 'formula prefixes', value: '+1+1 -2 @SUM(A1)' },
  { name: '100 KB field', value: '长'.repeat(34_134) }, // 3 bytes each in UTF-8: 100 KB
  { name: 'NUL and control characters', value: 'a\u0000b\u0007c\u001b[31md\u202ee\r\nf' },
  // Text that is not valid Unicode: the browser (and fetch) send U+FFFD in its place.
  { name: 'unpaired surrogate (invalid text)', value: 'x\ud800y' },
  { name: 'impossible date', value: '2023-02-30' },
  { name: 'year zero', value: '0000-01-01' },
  { name: 'fullwidth digits', value: '２０２３-０１-０５' },
  { name: 'fullwidth number', value: '１２３' },
];

/** Han characters: a message in Chinese has some. */
export const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);
