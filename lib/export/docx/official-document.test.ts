import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { letterDocx } from './letter-docx';
import { bodyParagraph, packOfficialDocument, textWidth, titleParagraph } from './official-document';

async function parts(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const read = (name: string) => zip.file(name)!.async('string');
  const footers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n)).map(read));
  return { document: await read('word/document.xml'), settings: await read('word/settings.xml'), styles: await read('word/styles.xml'), footers };
}

describe('the official document format (GB/T 9704)', () => {
  it('sets A4 with margins 37/35/28/26 mm and a 22-line grid', async () => {
    const { document } = await parts(await packOfficialDocument({ title: 't', children: [bodyParagraph('正文')] }));
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1985" w:left="1588"/);
    expect(document).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
  });

  it('uses 小标宋 2号 for the title and 仿宋_GB2312 3号 for the body, each with a Latin fallback', async () => {
    const { document, styles } = await parts(await packOfficialDocument({ title: 't', children: [titleParagraph('标题'), bodyParagraph('正文')] }));
    expect(document).toContain('<w:rFonts w:ascii="SimSun" w:cs="SimSun" w:eastAsia="方正小标宋简体" w:hAnsi="SimSun"/>');
    expect(document).toContain('<w:sz w:val="44"/>');
    expect(document).toContain('<w:rFonts w:ascii="FangSong" w:cs="FangSong" w:eastAsia="仿宋_GB2312" w:hAnsi="FangSong"/>');
    expect(document).toContain('<w:sz w:val="32"/>');
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
  });

  it('numbers pages "— 1 —" in 4号 宋体, odd pages right and even pages left', async () => {
    const { settings, footers } = await parts(await packOfficialDocument({ title: 't', children: [bodyParagraph('正文')] }));
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f).toContain('PAGE');
      expect(f).toContain('— </w:t>');
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
    expect(footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)![1]).sort()).toEqual(['left', 'right']);
  });

  it('prints a letter: 文号, title, addressee flush left, body indented, 落款 right with the date four characters in', async () => {
    const body = await letterDocx({ docNo: '示人社依复〔2026〕1号', title: '政府信息公开申请答复书', body: '张三：\n经审查，现答复如下：', agencyName: '示例市人力资源和社会保障局', dateText: '2026年12月1日', marker: null });
    const { document } = await parts(body);
    const paragraphs = document.split('</w:p>');
    const find = (text: string) => paragraphs.find((p) => p.includes(`>${text}<`))!;
    expect(find('示人社依复〔2026〕1号')).toContain('<w:jc w:val="right"/>');
    expect(find('政府信息公开申请答复书')).toContain('<w:jc w:val="center"/>');
    expect(find('张三：')).not.toContain('w:firstLine');
    expect(find('经审查，现答复如下：')).toContain('w:firstLine="640"');
    expect(find('2026年12月1日')).toContain('w:right="1280"');
    expect(find('示例市人力资源和社会保障局')).toMatch(/<w:jc w:val="right"\/>/);
  });

  it('measures text in body characters: CJK one, digits half', () => {
    expect(textWidth('2026年12月1日')).toBe(6.5);
  });
});
