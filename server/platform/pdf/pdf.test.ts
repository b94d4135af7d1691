import { describe, expect, it } from 'vitest';
import { decodeQr, pdfInfo, pdfToText } from '../../test/pdf.ts';
import { AppError } from '../errors.ts';
import { cardPdf, type TPdfCard } from './card.ts';
import { documentPdf } from './document.ts';
import { hardWrap, loadPdfFont, newPdf } from './pdf.ts';

const URL = 'https://tiexin.example.cn/public/submit?cadre=01900000-0000-7000-8000-000000000000';
const card: TPdfCard = {
  name: '张建国',
  post: '党组书记、局长',
  orgName: '萍乡市某某局',
  officePhone: '0799-6812345',
  mobile: null,
  email: 'zhangjianguo@tiexin.example.cn',
  contactPoint: '紫溪村',
  pledge: '有求必应、有诺必践。',
  campaignName: '学习龚全珍，争做贴心人',
  qrUrl: URL,
};
/** pdftotext keeps the words but not always the spaces between Chinese characters */
const flat = (s: string) => s.replace(/\s/g, '');

describe('documentPdf (A4, the markup of common/markup.ts)', () => {
  const body = [
    '尊敬的紫溪村乡亲们：',
    '',
    '您好！按照**学习龚全珍，争做贴心人**活动的安排，我联系紫溪村。',
    '',
    '# 一、我能为您做什么',
    '',
    '- 政策咨询：**医保、低保**',
    '- <script>alert(1)</script>',
    '',
    '## 联系方式',
    '',
    '1. 扫描信末的二维码',
    '2. 到联系点找我',
  ].join('\n');

  it('prints the title, the meta lines and every block as text, markup never run', async () => {
    const pdf = await documentPdf({
      title: '致紫溪村乡亲们的一封公开信',
      meta: ['张建国', '2026-05-01'],
      body,
    });
    const text = flat(await pdfToText(pdf));
    for (const words of [
      '致紫溪村乡亲们的一封公开信',
      '张建国',
      '2026-05-01',
      '尊敬的紫溪村乡亲们：',
      '学习龚全珍，争做贴心人活动的安排',
      '一、我能为您做什么',
      '政策咨询：医保、低保',
      '<script>alert(1)</script>',
      '联系方式',
      '1.扫描信末的二维码',
      '2.到联系点找我',
      '第1页/共1页',
    ])
      expect(text).toContain(words);
    expect(text).not.toContain('**');
    expect(text).not.toContain('#');
    expect(await pdfInfo(pdf)).toEqual({ pages: 1, widthMm: 210, heightMm: 297 });
    expect(await decodeQr(pdf)).toBeNull();
  });

  it('flows a long text over pages, numbered, with the author’s card and QR at the foot of the last', async () => {
    const long = `${body}\n\n${'这是一段很长的正文，用来检查分页。'.repeat(200)}`;
    const pdf = await documentPdf({ title: '公开信', meta: [], body: long, footer: card });
    const { pages } = await pdfInfo(pdf);
    expect(pages).toBeGreaterThan(1);
    const text = flat(await pdfToText(pdf));
    expect(text).toContain(`第${pages}页/共${pages}页`);
    for (const words of ['联系我', '张建国', '0799-6812345', '紫溪村', '有求必应、有诺必践。'])
      expect(text).toContain(words);
    expect(await decodeQr(pdf, { page: pages })).toBe(URL);
  });
});

describe('the card', () => {
  it('leaves out what the cadre does not print and cuts a long name with …', async () => {
    const pdf = await cardPdf({
      ...card,
      name: '欧阳'.repeat(12),
      officePhone: null,
      email: null,
      contactPoint: null,
      pledge: '',
      campaignName: null,
    });
    const text = flat(await pdfToText(pdf));
    expect(text).toContain('欧阳欧阳');
    expect(text).toContain('…');
    for (const label of ['办公电话', '电子信箱', '联系点', '有求必应'])
      expect(text).not.toContain(label);
    expect(await decodeQr(pdf)).toBe(URL);
  });
});

describe('the font', () => {
  it('says in zh-CN which package is missing when the font file is not there', () => {
    let error: unknown;
    try {
      loadPdfFont('/nonexistent/wqy-microhei.ttc');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INTERNAL');
    expect((error as AppError).status).toBe(500);
    expect((error as AppError).message).toContain('fonts-wqy-microhei');
  });
});

describe('hardWrap', () => {
  it('breaks an address after / ? = - within the width, and loses no character', () => {
    const doc = newPdf({ size: [200, 200], title: 't' });
    doc.fontSize(5);
    const lines = hardWrap(doc, URL, 70);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(URL);
    for (const l of lines) expect(doc.widthOfString(l)).toBeLessThanOrEqual(70);
    expect(lines.slice(0, -1).every((l) => /[/?&=-]$/.test(l))).toBe(true);
  });
});
