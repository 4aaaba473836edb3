import { describe, expect, it } from 'vitest';
import { OUTCOME_CODES } from '../categories';
import { fileOutcomeLabel, parseApplicantType, parseChannel, parseOutcome } from './case-labels';

const value = <T>(p: { ok: true; value: T } | { ok: false; error: string }) => (p.ok ? p.value : p.error);

describe('applicant type labels', () => {
  it('accepts labels, short forms and codes', () => {
    expect(value(parseApplicantType('自然人'))).toBe('natural_person');
    expect(value(parseApplicantType('商业企业'))).toBe('commercial');
    expect(value(parseApplicantType('商业'))).toBe('commercial');
    expect(value(parseApplicantType('科研'))).toBe('research');
    expect(value(parseApplicantType(' 法律服务机构 '))).toBe('legal_service');
    expect(value(parseApplicantType('其他'))).toBe('other_org');
    expect(value(parseApplicantType('public_interest'))).toBe('public_interest');
  });

  it('lists the accepted values when it does not know one', () => {
    const p = parseApplicantType('个人');
    expect(p.ok).toBe(false);
    expect(value(p)).toContain('无法识别的申请人类型“个人”');
    expect(value(p)).toContain('自然人、商业企业（或“商业”）、科研机构（或“科研”）、社会公益组织、法律服务机构、其他');
  });
});

describe('channel labels', () => {
  it('accepts the six labels and codes; empty means other', () => {
    expect(['当面', '邮寄', '网络', '传真', '电子邮件', '其他'].map((s) => value(parseChannel(s)))).toEqual(['in_person', 'post', 'online', 'fax', 'email', 'other']);
    expect(value(parseChannel('online'))).toBe('online');
    expect(value(parseChannel(''))).toBe('other');
    expect(value(parseChannel('微信'))).toContain('可填：当面、邮寄、网络、传真、电子邮件、其他');
  });
});

describe('outcome labels', () => {
  it('accepts every code', () => {
    for (const code of OUTCOME_CODES) expect(value(parseOutcome(code))).toBe(code);
  });

  it('accepts 予以公开 / 部分公开 with or without their numbers and explanation', () => {
    expect(value(parseOutcome('予以公开'))).toBe('disclosed');
    expect(value(parseOutcome('（一）予以公开'))).toBe('disclosed');
    expect(value(parseOutcome('部分公开'))).toBe('partial');
    expect(value(parseOutcome('(二)部分公开(区分处理的,只计这一情形,不计其他情形)'))).toBe('partial');
    expect(value(parseOutcome('部分公开（区分处理的，只计这一情形，不计其他情形）'))).toBe('partial');
  });

  it('accepts 组/项 labels, tolerating numbers, full-width slashes and parentheses, spaces and quotes', () => {
    expect(value(parseOutcome('不予公开/保护第三方合法权益'))).toBe('withheld.third_party');
    expect(value(parseOutcome('无法提供/本机关不掌握相关政府信息'))).toBe('unavailable.not_held');
    expect(value(parseOutcome('其他处理/其他'))).toBe('other.other');
    expect(value(parseOutcome(' 不予公开 ／ 保护第三方合法权益 '))).toBe('withheld.third_party');
    expect(value(parseOutcome('（三）不予公开/4.保护第三方合法权益'))).toBe('withheld.third_party');
    expect(value(parseOutcome('不予公开/危及"三安全一稳定"'))).toBe('withheld.security_stability');
    expect(value(parseOutcome('不予公开/危及三安全一稳定'))).toBe('withheld.security_stability');
  });

  it('reads back every notation the product writes', () => {
    for (const code of OUTCOME_CODES) expect(value(parseOutcome(fileOutcomeLabel(code)))).toBe(code);
    expect(fileOutcomeLabel('withheld.third_party')).toBe('不予公开/保护第三方合法权益');
    expect(fileOutcomeLabel('partial')).toBe('部分公开');
  });

  it('refuses unknown outcomes and suggests the notation when only the group is wrong', () => {
    const p = parseOutcome('不公开/保护第三方合法权益');
    expect(p.ok).toBe(false);
    expect(value(p)).toContain('您是否要填“不予公开/保护第三方合法权益”？');
    expect(value(parseOutcome('已办结'))).toContain('无法识别的办理结果“已办结”');
  });
});
