import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  codeOf,
  type ErrorCode,
  type MessageKey,
  type MessageParams,
  text,
  zhCN,
} from './i18n/zh-CN.ts';

export type ErrorDetail = { field?: string; row?: number; message: string };
/** A detail as a service gives it: without a message it says the error's own message. */
export type ErrorDetailInput = { field?: string; row?: number; message?: string };

const statusOf: Record<ErrorCode, number> = {
  VALIDATION: 400,
  BAD_CHARACTER: 400,
  IMPORT_INVALID: 400,
  IMPORT_FILE: 400,
  CAMPAIGN_DATES: 400,
  PHASE_OUTSIDE_CAMPAIGN: 400,
  PHASE_NOT_IN_CAMPAIGN: 400,
  PHASE_HAS_ACTIVITIES: 409,
  ACTIVITY_NUMBER_TAKEN: 409,
  ACTIVITY_HAS_ASSIGNMENTS: 409,
  ASSIGNMENT_HAS_REPORTS: 409,
  CAMPAIGN_CLOSED: 409,
  QUOTA_MONTH_OUTSIDE: 400,
  QUOTA_MONTH_PAST: 400,
  VISIT_NOT_OWN: 403,
  VISIT_CADRE_REQUIRED: 400,
  VISIT_CADRE_INACTIVE: 409,
  VISIT_DATES: 400,
  VISIT_CONTACT_POINT: 400,
  VISIT_HOUSEHOLDS: 400,
  HOUSEHOLD_ID_NUMBER_TAKEN: 409,
  HOUSEHOLD_INACTIVE: 400,
  PAIRING_CADRE_INACTIVE: 400,
  PAIRING_UNIT_MISMATCH: 400,
  PAIRING_DUPLICATE: 409,
  PAIRING_ENDED: 409,
  PAIRING_DATES: 400,
  ASSISTANCE_NOT_OWN: 403,
  ASSISTANCE_NOT_PAIRED: 400,
  ASSISTANCE_DATE: 400,
  CASE_TRANSITION: 409,
  CASE_FIELDS_REQUIRED: 400,
  WORKFLOW_STEP: 409,
  WORKFLOW_FIELDS: 400,
  WORKFLOW_MOVED: 409,
  CASE_NOT_RATED: 409,
  DOCUMENT_NOT_EDITABLE: 409,
  DOCUMENT_EXISTS: 409,
  DOCUMENT_EMPTY: 409,
  DOCUMENT_NO_CAMPAIGN: 400,
  DOCUMENT_CADRE: 400,
  DOCUMENT_LINK: 400,
  LETTER_NOT_OUT: 409,
  LETTER_DELIVERY_FUTURE: 400,
  RECTIFICATION_NO_EVIDENCE: 409,
  RECTIFICATION_CASE: 409,
  RECTIFICATION_LOCKED: 409,
  CASE_MERGE_TARGET: 400,
  CASE_HANDLER_MISMATCH: 400,
  CASE_NOT_HANDLER: 403,
  CASE_CATEGORY: 400,
  CASE_CADRE: 400,
  FILE_TYPE: 415,
  FILE_EMPTY: 400,
  ATTACHMENT_INVALID: 400,
  OUTBOX_NOT_RETRYABLE: 409,
  SMS_SIGNATURE: 401,
  SMS_TIMESTAMP: 401,
  SMS_NOT_CONFIGURED: 503,
  ORG_MOVE_CYCLE: 400,
  ORG_PARENT_REQUIRED: 400,
  USER_ORG_REQUIRED: 400,
  USER_CADRE_REQUIRED: 400,
  USER_CADRE_ORG_MISMATCH: 400,
  WRONG_PASSWORD: 400,
  SELF_LOCKOUT: 409,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  BAD_CREDENTIALS: 401,
  ACCOUNT_DISABLED: 403,
  FORBIDDEN: 403,
  CSRF: 403,
  ORG_ROOT_LOCKED: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  ORG_NOT_EMPTY: 409,
  PAYLOAD_TOO_LARGE: 413,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  // --- 学习座谈、观看 (issue 13 §2) ---
  SESSION_STARTED: 409,
  SESSION_HAS_RECORDS: 409,
  SESSION_ENTRY: 409,
  SESSION_ROSTER: 400,
  SESSION_RECORDER: 400,
  SESSION_NOT_RECORDER: 403,
  SESSION_CHECKIN: 409,
  SESSION_LATE: 409,
  // 学习资料 (issue 13 §1)
  MATERIAL_SENT: 409,
  MATERIAL_COPIES: 409,
  MATERIAL_ALREADY_SENT: 409,
  MATERIAL_RECEIVED: 409,
  MATERIAL_NOT_ONLINE: 409,
  MATERIAL_NO_CADRE: 400,
  MATERIAL_DATE: 400,
  MATERIAL_LINK_REQUIRED: 400,
  // --- 学习讨论 and 一线服务 (issue 13 §3, §4) ---
  DISCUSSION_TOO_LONG: 400,
  DISCUSSION_NO_UNIT: 400,
  DISCUSSION_NOT_OWN: 403,
  DISCUSSION_EDIT_WINDOW: 409,
  DISCUSSION_HAS_REPLIES: 409,
  DISCUSSION_CLOSED: 409,
  DISCUSSION_REPORTED: 409,
  DISCUSSION_REPORT_OWN: 409,
  SERVICE_RECORD_NOT_OWN: 403,
  SERVICE_RECORD_CADRE_REQUIRED: 400,
  SERVICE_RECORD_DATES: 400,
  SERVICE_RECORD_HOURS: 400,
  GOOD_PRACTICE_MARKED: 409,
};

/**
 * The one error type of the server: a catalog key (→ error code, HTTP status and zh-CN text in
 * `i18n/zh-CN.ts`), the parameters its text is filled with, and details (`[{ field, message }]`).
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly params?: MessageParams;
  readonly details?: ErrorDetail[];
  constructor(
    readonly key: MessageKey,
    /** the values of the message's `{name}` placeholders */
    params?: MessageParams,
    details?: ErrorDetailInput[],
  ) {
    const message = text(key, params);
    super(message);
    this.code = codeOf(key);
    this.status = statusOf[this.code];
    this.params = params;
    this.details = details?.map((d) => ({ ...d, message: d.message ?? message }));
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');

type ZodIssueLike = {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: unknown[]; message?: string } };
};

/** A failure as the error handler has understood it, before it is written in a format. */
export type DescribedError = {
  status: number;
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
  /** the first problem of a request that failed its schema: the path inside the part, and why */
  issue?: { path: string; message: string };
};

function describeValidation(err: FastifyError): DescribedError {
  const ctx = err.validationContext ?? 'body';
  const issues = (err.validation ?? []).map((v) => {
    const issue = (v as ZodIssueLike).params?.issue;
    const pathParts = issue?.path?.map(String) ?? (v.instancePath ?? '').split('/').filter(Boolean);
    return { path: pathParts.join('.'), message: issue?.message ?? v.message ?? '' };
  });
  const details = issues.map((i) => ({ field: [ctx, i.path].filter(Boolean).join('.'), ...i }));
  const first = details[0];
  return {
    status: 400,
    code: 'VALIDATION',
    message: first ? `${zhCN.VALIDATION}：${first.field} ${first.message}` : zhCN.VALIDATION,
    details: details.map(({ field, message }) => ({ field, message })),
    issue: issues[0] && { path: issues[0].path, message: issues[0].message || zhCN.VALIDATION },
  };
}

const PG_UNIQUE_VIOLATION = '23505';
const PG_FK_VIOLATION = '23503';
/** character_not_in_repertoire: a NUL byte or broken UTF-8 in text — bad input, not a fault */
const PG_BAD_CHARACTER = '22021';

function driverCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 3 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

const plain = (status: number, code: ErrorCode, message: string = zhCN[code]): DescribedError => ({
  status,
  code,
  message,
});

/** Any error → status, code and zh-CN message; an AppError's text is filled here from the catalog. */
export function describeError(err: FastifyError): DescribedError {
  if (err instanceof AppError) {
    const message = text(err.key, err.params);
    return { status: err.status, code: err.code, message, details: err.details };
  }
  if (hasZodFastifySchemaValidationErrors(err) || err.validation) return describeValidation(err);
  const dbCode = driverCode(err);
  if (dbCode === PG_UNIQUE_VIOLATION) return plain(409, 'DUPLICATE');
  if (dbCode === PG_BAD_CHARACTER) return plain(400, 'VALIDATION', zhCN.BAD_CHARACTER);
  if (dbCode === PG_FK_VIOLATION) return plain(409, 'CONFLICT');
  if (err.statusCode === 429) return plain(429, 'RATE_LIMITED');
  if (err.statusCode === 413 || err.code === 'FST_REQ_FILE_TOO_LARGE') {
    return plain(413, 'PAYLOAD_TOO_LARGE');
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    // Fastify's own client errors (bad JSON, wrong content type …)
    return plain(err.statusCode, 'VALIDATION', `${zhCN.VALIDATION}（${err.message}）`);
  }
  return plain(500, 'INTERNAL');
}

/** The API's own error body: `{ error: { code, message, details } }`. */
const apiErrorBody = ({ code, message, details }: DescribedError) => ({
  error: details ? { code, message, details } : { code, message },
});

/**
 * The one error handler; a part of the API with its own error format (Open311) passes how a
 * described error is written.
 */
export function registerErrorHandler(
  app: FastifyInstance,
  body: (e: DescribedError) => unknown = apiErrorBody,
): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const e = describeError(err);
    if (e.status >= 500) req.log.error({ err }, 'unhandled error');
    return reply.status(e.status).send(body(e));
  });
}

export function sendRouteNotFound(reply: FastifyReply) {
  return reply
    .status(404)
    .send({ error: { code: 'ROUTE_NOT_FOUND', message: zhCN.ROUTE_NOT_FOUND } });
}
