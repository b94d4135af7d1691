import type { TOutboxKind } from '../../../common/outbox.ts';

/**
 * The texts Tiexin sends citizens (回执 and notices), by e-mail or SMS. Every one carries the
 * tracking code (查询码) and the public look-up link, so a citizen never needs an account.
 */

let publicBaseUrl = 'http://localhost:3000';

/** Set once from the config when the app is built (`PUBLIC_BASE_URL`). */
export function setPublicBaseUrl(url: string): void {
  publicBaseUrl = url.replace(/\/+$/, '');
}

/** Where the citizens' site shows a case by its tracking code. */
export const caseLookupUrl = (trackingCode: string) =>
  `${publicBaseUrl}/public/track/${trackingCode}`;
/** The same page, opened at the rating form. */
export const caseRatingUrl = (trackingCode: string) => `${caseLookupUrl(trackingCode)}#rate`;

/** What happened to the case that the citizen is told about. */
export type CaseNotice =
  /** 回执: the case was registered (收到, not yet 受理 — that is staff's step) */
  | { kind: 'received' }
  /** 办结: the answer, and an invitation to rate it */
  | { kind: 'answered'; answer: string }
  /** 合并: the same problem is handled under another case */
  | { kind: 'merged'; intoCode: string }
  /** 不予受理: with the reason */
  | { kind: 'not_accepted'; reason: string }
  /** 销号: closed after a good rating, or by the system when no rating came in time */
  | { kind: 'signed_off'; auto: boolean };

export type Message = { subject: string; body: string };

const SIGNATURE = '贴心人 · 学习龚全珍，争做贴心人\n（本邮件由系统自动发送）';
const SMS_TAG = '【贴心人】';
/** An SMS stays within a few segments: long answers are cut and the link gives the rest. */
const SMS_EXCERPT = 60;

/** why a case was closed: the citizen's good rating, or no rating in the time allowed */
const signedOffWhy = (auto: boolean) => (auto ? '答复后未在规定时间内评价' : '经您评价后');

const excerpt = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

function email(code: string, n: CaseNotice): Message {
  switch (n.kind) {
    case 'received':
      return {
        subject: `您反映的问题已收到（查询码 ${code}）`,
        body: [
          '您好！',
          '',
          `您反映的意见或诉求已收到并登记，查询码：${code}`,
          '请妥善保存查询码，凭它可以随时查看办理进度和答复：',
          caseLookupUrl(code),
          '',
          '我们将在规定时限内办理并答复您。',
          '',
          SIGNATURE,
        ].join('\n'),
      };
    case 'answered':
      return {
        subject: `您反映的问题已办结（查询码 ${code}）`,
        body: [
          '您好！',
          '',
          `您反映的问题（查询码 ${code}）已办结，答复如下：`,
          '',
          n.answer,
          '',
          '请您对办理结果作出评价（满意、基本满意或不满意）：',
          caseRatingUrl(code),
          '',
          SIGNATURE,
        ].join('\n'),
      };
    case 'merged':
      return {
        subject: `您反映的问题已合并办理（查询码 ${code}）`,
        body: [
          '您好！',
          '',
          `您反映的问题（查询码 ${code}）与查询码 ${n.intoCode} 的件反映的是同一问题，已合并办理。`,
          `请凭查询码 ${n.intoCode} 查看办理进度和答复：`,
          caseLookupUrl(n.intoCode),
          '',
          SIGNATURE,
        ].join('\n'),
      };
    case 'not_accepted':
      return {
        subject: `您反映的问题不予受理（查询码 ${code}）`,
        body: [
          '您好！',
          '',
          `您反映的问题（查询码 ${code}）经审查不予受理，理由如下：`,
          '',
          n.reason,
          '',
          '详情：',
          caseLookupUrl(code),
          '',
          SIGNATURE,
        ].join('\n'),
      };
    case 'signed_off':
      return {
        subject: `您反映的问题已销号（查询码 ${code}）`,
        body: [
          '您好！',
          '',
          `您反映的问题（查询码 ${code}）${signedOffWhy(n.auto)}，已销号。感谢您的监督！`,
          '',
          '办理过程和答复：',
          caseLookupUrl(code),
          '',
          SIGNATURE,
        ].join('\n'),
      };
  }
}

function sms(code: string, n: CaseNotice): string {
  switch (n.kind) {
    case 'received':
      return `${SMS_TAG}您反映的问题已收到，查询码${code}，进度查询：${caseLookupUrl(code)}`;
    case 'answered':
      return `${SMS_TAG}您反映的问题（查询码${code}）已办结：${excerpt(n.answer, SMS_EXCERPT)} 详情及评价：${caseRatingUrl(code)}`;
    case 'merged':
      return `${SMS_TAG}您反映的问题（查询码${code}）已与查询码${n.intoCode}的件合并办理，进度查询：${caseLookupUrl(n.intoCode)}`;
    case 'not_accepted':
      return `${SMS_TAG}您反映的问题（查询码${code}）不予受理，理由：${excerpt(n.reason, SMS_EXCERPT)} 详情：${caseLookupUrl(code)}`;
    case 'signed_off':
      return `${SMS_TAG}您反映的问题（查询码${code}）${signedOffWhy(n.auto)}，已销号。详情：${caseLookupUrl(code)}`;
  }
}

export function renderNotice(kind: TOutboxKind, trackingCode: string, n: CaseNotice): Message {
  return kind === 'email' ? email(trackingCode, n) : { subject: '', body: sms(trackingCode, n) };
}
