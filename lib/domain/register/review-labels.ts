// Kind and result of a 行政复议 / 行政诉讼 record as written in the review file (INTERFACES §1).
import { REVIEW_KINDS, REVIEW_RESULTS, type ReviewKind, type ReviewResult } from '../categories';
import { normaliseLabel } from './normalise-label';
import { parsedError, parsedOk, type Parsed } from './parsed';

const KIND_KEYS = new Map<string, ReviewKind>(
  REVIEW_KINDS.flatMap((k) => [
    [normaliseLabel(k.code), k.code],
    [normaliseLabel(k.label), k.code],
  ]),
);

const RESULT_KEYS = new Map<string, ReviewResult>(
  REVIEW_RESULTS.flatMap((r) => [
    [normaliseLabel(r.code), r.code],
    [normaliseLabel(r.label), r.code],
    [normaliseLabel(r.short), r.code],
  ]),
);

// Clerks often write the state instead of leaving the cell empty; it means "no result yet".
const PENDING_WORDS = new Set(['尚未审结', '未审结', '审理中', 'pending'].map(normaliseLabel));

export function parseReviewKind(value: string): Parsed<ReviewKind> {
  // '行政诉讼/复议后起诉' and '行政诉讼（未经复议直接起诉）' follow the table's own two-level heading.
  const key = normaliseLabel(value)
    .replace(/^行政诉讼[/:：-]?/, '')
    .replace(/^\((.*)\)$/, '$1');
  const code = KIND_KEYS.get(key);
  if (code) return parsedOk(code);
  return parsedError(
    `无法识别的类型“${value.trim()}”。可填：行政复议、未经复议直接起诉、复议后起诉，或代码 reconsideration、litigation_direct、litigation_after_reconsideration`,
  );
}

/** null = not decided yet (an empty cell or words such as 尚未审结). */
export function parseReviewResult(value: string): Parsed<ReviewResult | null> {
  const key = normaliseLabel(value);
  if (key === '' || PENDING_WORDS.has(key)) return parsedOk(null);
  const code = RESULT_KEYS.get(key);
  if (code) return parsedOk(code);
  return parsedError(
    `无法识别的结果“${value.trim()}”。可填：维持（结果维持）、纠正（结果纠正）、其他（其他结果），或代码 upheld、corrected、other；尚未审结的请留空`,
  );
}
