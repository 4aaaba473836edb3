import { formatBasis, ogi, type Citation } from './legal-basis';
import { WITHHELD_PART_GROUNDS, type PartGround, type WithheldPart } from './fields';

// A 部分公开 letter (OGI 37) lists each part it does not provide with its ground. A part withheld
// under OGI 14, 15 or 16 makes the whole letter subject to reconsideration first (R2).

type GroundRule = { label: string; sentence: string; basis: Citation[]; restsOn141516: boolean };

export const PART_GROUNDS: Record<PartGround, GroundRule> = {
  state_secret: { label: '国家秘密', sentence: '属于依法确定的国家秘密', basis: [ogi(14), ogi(36, { item: 3 })], restsOn141516: true },
  law_prohibited: { label: '法律行政法规禁止公开', sentence: '属于法律、行政法规禁止公开的信息', basis: [ogi(14), ogi(36, { item: 3 })], restsOn141516: true },
  security_stability: { label: '危及“三安全一稳定”', sentence: '公开后可能危及国家安全、公共安全、经济安全、社会稳定', basis: [ogi(14), ogi(36, { item: 3 })], restsOn141516: true },
  third_party: { label: '保护第三方合法权益', sentence: '涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害', basis: [ogi(15), ogi(36, { item: 3 })], restsOn141516: true },
  internal_affairs: { label: '内部事务信息', sentence: '属于人事管理、后勤管理、内部工作流程等内部事务信息', basis: [ogi(16, { paragraph: 1 }), ogi(36, { item: 3 })], restsOn141516: true },
  process_info: { label: '过程性信息', sentence: '属于讨论记录、过程稿、磋商信函、请示报告等过程性信息', basis: [ogi(16, { paragraph: 2 }), ogi(36, { item: 3 })], restsOn141516: true },
  enforcement_file: { label: '行政执法案卷', sentence: '属于行政执法案卷信息', basis: [ogi(16, { paragraph: 2 }), ogi(36, { item: 3 })], restsOn141516: true },
  not_held: { label: '信息不存在', sentence: '本机关未制作或者获取，该部分信息不存在', basis: [ogi(36, { item: 4 })], restsOn141516: false },
  needs_creation: { label: '需要另行制作', sentence: '需要对现有信息进行加工、分析方能形成', basis: [ogi(38)], restsOn141516: false },
};

export function isPartGround(value: string): value is PartGround {
  return (WITHHELD_PART_GROUNDS as readonly string[]).includes(value);
}

export function partsRestOn141516(parts: readonly WithheldPart[]): boolean {
  return parts.some((p) => PART_GROUNDS[p.ground].restsOn141516);
}

export function partsBasis(parts: readonly WithheldPart[]): Citation[] {
  return parts.flatMap((p) => PART_GROUNDS[p.ground].basis);
}

/** One line per part: 1. 内容：理由（说明）。依据……，不予提供。 */
export function describeParts(parts: readonly WithheldPart[]): string {
  return parts
    .map((p, i) => {
      const g = PART_GROUNDS[p.ground];
      const reason = p.reason.trim() ? `（${p.reason.trim().replace(/[。；;，,]+$/, '')}）` : '';
      return `${i + 1}. ${p.content.trim()}：${g.sentence}${reason}，根据${formatBasis(g.basis)}的规定，不予提供。`;
    })
    .join('\n');
}

/** Reads the parts as stored (JSON), dropping empty rows; null when the shape is wrong. */
export function readParts(value: unknown): WithheldPart[] | null {
  if (value === undefined || value === null || value === '') return [];
  if (!Array.isArray(value)) return null;
  const out: WithheldPart[] = [];
  for (const raw of value) {
    if (!raw || typeof raw !== 'object') return null;
    const { content, ground, reason } = raw as Record<string, unknown>;
    if (typeof content !== 'string' || typeof ground !== 'string' || (reason !== undefined && typeof reason !== 'string')) return null;
    if (!content.trim() && !ground) continue;
    if (!isPartGround(ground)) return null;
    out.push({ content, ground, reason: (reason as string | undefined) ?? '' });
  }
  return out;
}
