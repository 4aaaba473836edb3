import type { LetterTemplate } from './template';

// The product's default wording of every letter (LETTERS.md). Agencies adapt these under 文书模板;
// the legal basis and the remedy statement enter through {法律依据} and {救济途径}, never as text.
// A notice to the applicant carries {救济途径} too: it prints only under the agency's setting
// (LETTERS.md §3), else the line is left out.

const RECEIVED = '本机关于{收到日期}收到您以{申请方式}方式提交的政府信息公开申请，申请公开：{申请内容}。';
const REPLY_TITLE = '政府信息公开申请答复书';

const reply = (answer: string): LetterTemplate => ({
  title: REPLY_TITLE,
  body: ['{申请人}：', RECEIVED, '经审查，现答复如下：', answer, '{救济途径}', '特此告知。'].join('\n'),
});

const PROCEDURAL: Record<string, LetterTemplate> = {
  receipt: {
    title: '政府信息公开申请接收回执',
    body: [
      '{申请人}：',
      '您以{申请方式}方式提交的政府信息公开申请已收悉，申请编号为{申请编号}，申请公开：{申请内容}。',
      '根据{法律依据}的规定，本机关收到您申请的日期为{收到日期}。本机关将自收到申请之日起20个工作日内，即{答复期限}前作出答复；需要延长答复期限的，将另行告知。申请内容不明确的，本机关将自收到申请之日起7个工作日内一次性告知您需要补正的事项。',
      '{救济途径}',
      '联系方式：{联系方式}',
      '特此告知。',
    ].join('\n'),
  },
  correction: {
    title: '政府信息公开申请补正告知书',
    body: [
      '{申请人}：',
      RECEIVED,
      '经审查，您的申请内容不明确。根据{法律依据}的规定，现一次性告知您需要补正的事项如下：',
      '{补正内容}',
      '请您自收到本告知书之日起{补正期限}内对申请作出补正，并提交本机关。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。',
      '本机关收到您补正后的申请之日起20个工作日内作出答复，答复期限自收到补正之日起重新计算。',
      '{救济途径}',
      '联系方式：{联系方式}',
      '特此告知。',
    ].join('\n'),
  },
  'consultation.third_party': {
    title: '政府信息公开征求第三方意见书',
    body: [
      '{征求意见对象}：',
      '本机关于{收到日期}收到政府信息公开申请，申请公开：{申请内容}。',
      '经审查，申请公开的下列信息可能涉及您（单位）的合法权益：',
      '{征求意见事项}',
      '根据{法律依据}的规定，现书面征求您（单位）的意见。请您（单位）自收到本意见书之日起15个工作日内提出书面意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。',
      '联系方式：{联系方式}',
      '特此函告。',
    ].join('\n'),
  },
  'consultation.agency': {
    title: '政府信息公开征求意见函',
    body: [
      '{征求意见对象}：',
      '本机关于{收到日期}收到政府信息公开申请，申请公开：{申请内容}。',
      '经审查，申请公开的下列信息由本机关与贵机关共同制作：',
      '{征求意见事项}',
      '根据{法律依据}的规定，现征求贵机关意见。请贵机关自收到本函之日起15个工作日内提出意见；逾期未提出意见的，视为同意公开。',
      '联系方式：{联系方式}',
      '特此函告。',
    ].join('\n'),
  },
  'consultation.applicant': {
    title: '政府信息公开申请征求意见告知书',
    body: [
      '{申请人}：',
      RECEIVED,
      '经审查，您申请公开的信息涉及第三方合法权益或者需要与其他机关确认，本机关已依法书面征求意见。根据{法律依据}的规定，征求意见所需时间不计算在答复期限内。本机关将在收到意见或者征求意见期限届满后依法作出答复。',
      '{救济途径}',
      '联系方式：{联系方式}',
      '特此告知。',
    ].join('\n'),
  },
  extension: {
    title: '延长政府信息公开申请答复期限告知书',
    body: [
      '{申请人}：',
      RECEIVED,
      '因{延期理由}，本机关不能在法定期限内作出答复。根据{法律依据}的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{延期天数}，本机关将于{延长后答复期限}前作出答复。',
      '{救济途径}',
      '特此告知。',
    ].join('\n'),
  },
  fee: {
    title: '政府信息公开信息处理费收费通知书',
    body: [
      '{申请人}：',
      RECEIVED,
      '根据{法律依据}的规定，您的申请需要缴纳信息处理费。计收方式为{计收方式}，收费标准和金额：{收费明细}。应缴金额为人民币{收费金额}元。',
      '缴费方式：{缴费方式}',
      '请您自收到本通知之日起20个工作日内缴纳费用。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。自本机关发出本通知至收到费用期间，不计算在答复期限内。',
      '{救济途径}',
      '特此通知。',
    ].join('\n'),
  },
};

const WITHHOLD = '根据{法律依据}的规定，本机关决定不予公开。';

const ANSWERS: Record<string, string> = {
  'reply.disclosed': `您申请公开的信息属于可以公开的政府信息。根据{法律依据}的规定，本机关向您提供该政府信息。提供方式：{提供方式}`,
  'reply.disclosed.proactive': '您申请公开的信息本机关已经主动公开。根据{法律依据}的规定，您可以通过以下途径获取：{获取途径}',
  'reply.partial': [
    '您申请公开的信息中，部分可以公开，部分不予公开或者无法提供。根据{法律依据}的规定，本机关作区分处理：',
    '一、予以提供的信息：{提供的信息}。提供方式：{提供方式}',
    '二、不予提供的信息及理由：',
    '{不予提供部分}',
  ].join('\n'),
  'reply.withheld.state_secret': `您申请公开的信息属于依法确定的国家秘密。${WITHHOLD}`,
  'reply.withheld.law_prohibited': `您申请公开的信息属于法律、行政法规禁止公开的信息，依据为{禁止公开的法律规定}。${WITHHOLD}`,
  'reply.withheld.security_stability': `您申请公开的信息公开后可能危及{危及事项}：{危及理由}。${WITHHOLD}`,
  'reply.withheld.third_party': `您申请公开的信息涉及第三方合法权益：{第三方意见情况}。${WITHHOLD}`,
  'reply.withheld.internal_affairs': `您申请公开的信息属于行政机关的{内部事务类别}等内部事务信息。${WITHHOLD}`,
  'reply.withheld.process_info': `您申请公开的信息属于行政机关在履行行政管理职能过程中形成的{过程性信息类别}等过程性信息。${WITHHOLD}`,
  'reply.withheld.enforcement_file': `您申请公开的信息属于行政执法案卷信息。${WITHHOLD}`,
  'reply.withheld.inquiry_matter':
    '您申请获取的信息属于有关法律、行政法规对信息的获取有特别规定的信息。根据{法律依据}的规定，请您依照有关法律、行政法规的规定，向{查询途径}办理。',
  'reply.unavailable.not_held': '经检索，本机关未制作或者获取您申请公开的信息，该政府信息不存在。根据{法律依据}的规定，告知您本机关不掌握相关政府信息。',
  'reply.unavailable.not_held.other_agency': '您申请公开的信息不属于本机关负责公开的政府信息，理由是：{不属于本机关的理由}。根据{法律依据}的规定，特告知您：{负责机关说明}',
  'reply.unavailable.needs_creation': '您申请公开的信息需要本机关对现有政府信息进行加工、分析方能形成，本机关没有现成信息。根据{法律依据}的规定，本机关不予提供。',
  'reply.unavailable.still_unclear':
    '本机关已于{补正告知日期}向您发出补正告知书（{补正告知书文号}），您补正后的申请内容仍不明确，无法确定您所需的政府信息。根据{法律依据}的规定，本机关无法提供。',
  'reply.not_processed.petition': '您提出的申请属于信访、投诉、举报等事项，不作为政府信息公开申请处理。根据{法律依据}的规定，请您通过{处理渠道}提出。',
  'reply.not_processed.duplicate': '您此次申请的内容与此前提出的政府信息公开申请相同，本机关已于{原答复日期}作出答复（{原答复文号}）。根据{法律依据}的规定，本机关不予重复处理。',
  'reply.not_processed.publication': '您申请获取的信息属于公开出版物。根据{法律依据}的规定，本机关不予处理，您可以通过以下途径获取：{出版物获取途径}。',
  'reply.not_processed.mass_repeated': '您提出的政府信息公开申请数量、频次明显超过合理范围。本机关要求您说明理由，有关情况如下：{说明理由情况}\n本机关认为您的理由不合理。根据{法律依据}的规定，本机关不予处理。',
  'reply.not_processed.confirm_or_reissue':
    '您的申请系要求本机关确认或者重新出具您已经获取的信息，不属于政府信息公开申请的范围。根据{法律依据}的规定，本机关不予处理，请您向{受理部门}咨询办理。',
  'reply.other.no_correction':
    '本机关于{补正告知日期}向您发出补正告知书，要求您在规定期限内补正申请，您无正当理由逾期未补正。根据{法律依据}的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。',
  'reply.other.fee_unpaid':
    '本机关于{收费通知日期}向您发出收费通知，您未在收到通知之日起20个工作日内缴纳信息处理费。根据{法律依据}的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。',
  'reply.other.other': '{处理情况}',
};

export function defaultTemplate(key: string): LetterTemplate | undefined {
  if (PROCEDURAL[key]) return PROCEDURAL[key];
  const answer = ANSWERS[key];
  return answer === undefined ? undefined : reply(answer);
}

export const DEFAULT_TEMPLATE_KEYS = [...Object.keys(PROCEDURAL), ...Object.keys(ANSWERS)];
