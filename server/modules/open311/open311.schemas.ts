import { CASE_STATUSES, type TCaseStatus } from '../../../common/cases.ts';
import { text, tooLong } from '../../../common/fields.ts';
import { ZPhoneSchema } from '../../../common/phone-schema.ts';
import { z } from '../../../common/zod.ts';
import { text as message } from '../../platform/i18n/zh-CN.ts';

/** The one specification these routes follow. */
export const GEOREPORT_V2 = 'http://wiki.open311.org/GeoReport_v2';

/**
 * Open311 `status` of each of our statuses — the one place this mapping lives. GeoReport v2 knows
 * only open and closed; closed means the bureau has finished with the request: answered (办结,
 * although the citizen's 不满意 reopens it), signed off (销号), merged into another (合并) or not
 * accepted (不予受理). Received (待受理), accepted (已受理), assigned, in progress and returned (退回, waiting to be assigned
 * again) are open.
 */
export const OPEN311_STATUS: Record<TCaseStatus, 'open' | 'closed'> = {
  received: 'open',
  accepted: 'open',
  assigned: 'open',
  in_progress: 'open',
  answered: 'closed',
  signed_off: 'closed',
  returned: 'open',
  merged: 'closed',
  not_accepted: 'closed',
};
export const statusesOf = (wanted: readonly ('open' | 'closed')[]): TCaseStatus[] =>
  CASE_STATUSES.filter((s) => wanted.includes(OPEN311_STATUS[s]));

/** GeoReport v2: a list (no service_request_id) covers at most 90 days and 1000 requests. */
export const MAX_SPAN_DAYS = 90;
export const MAX_RESULTS = 1000;
/** GeoReport v2: `description` is free text up to 4,000 characters. */
export const MAX_DESCRIPTION = 4000;

/** Every error of these routes: `[{ code, description }]`, code being the HTTP status. */
export const ZOpen311ErrorSchema = z.array(
  z.object({ code: z.number().int(), description: z.string() }),
);
export type TOpen311Error = z.infer<typeof ZOpen311ErrorSchema>;

export const ZDiscoverySchema = z.object({
  changeset: z.string(),
  contact: z.string(),
  key_service: z.string(),
  endpoints: z.array(
    z.object({
      specification: z.string(),
      url: z.string(),
      changeset: z.string(),
      type: z.enum(['production', 'test']),
      formats: z.array(z.string()),
    }),
  ),
});

export const ZServiceSchema = z.object({
  service_code: z.string(),
  service_name: z.string(),
  description: z.string(),
  metadata: z.boolean(),
  type: z.enum(['realtime', 'batch', 'blackbox']),
  /** comma-separated, as in the specification's example */
  keywords: z.string(),
  group: z.string(),
});
export type TService = z.infer<typeof ZServiceSchema>;

export const ZServiceDefinitionSchema = z.object({
  service_code: z.string(),
  attributes: z.array(z.never()),
});

/** A service request as GeoReport v2 shows it: no names, phones, e-mails or internal notes. */
export const ZRequestSchema = z.object({
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  status_notes: z.string().nullable(),
  service_name: z.string(),
  service_code: z.string(),
  description: z.string(),
  agency_responsible: z.string().nullable(),
  service_notice: z.string().nullable(),
  requested_datetime: z.string(),
  updated_datetime: z.string(),
  expected_datetime: z.string().nullable(),
  address: z.string().nullable(),
  address_id: z.string().nullable(),
  zipcode: z.string().nullable(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
  media_url: z.string().nullable(),
});
export type TRequest = z.infer<typeof ZRequestSchema>;

export const ZRequestCreatedSchema = z.array(
  z.object({
    service_request_id: z.string(),
    service_notice: z.string(),
    account_id: z.string().nullable(),
  }),
);
export type TRequestCreated = z.infer<typeof ZRequestCreatedSchema>;

/** An Open311 parameter: refused in words naming it when too long, never cut short. */
const field = (name: string, max: number) => text(name, max).optional();

/**
 * POST requests.json, form-encoded as the specification shows. Unknown fields (`attribute[…]`,
 * `jurisdiction_id`, `api_key`) are accepted and ignored: there is one jurisdiction and no key.
 */
export const ZRequestCreateSchema = z.object({
  service_code: z
    .string(message('VALIDATION.open311ServiceCode'))
    .trim()
    .min(1, message('VALIDATION.open311ServiceCode'))
    .max(100, tooLong('service_code', 100)),
  description: z
    .string(message('VALIDATION.open311Description'))
    .trim()
    .min(5, message('VALIDATION.open311DescriptionShort', { min: 5 }))
    .max(MAX_DESCRIPTION, tooLong('description', MAX_DESCRIPTION)),
  lat: field('lat', 40),
  long: field('long', 40),
  address_string: field('address_string', 500),
  address_id: field('address_id', 100),
  email: z
    .union([
      z.literal(''),
      z.email(message('VALIDATION.open311Email')).max(200, tooLong('email', 200)),
    ])
    .optional(),
  device_id: field('device_id', 200),
  account_id: field('account_id', 200),
  first_name: field('first_name', 25),
  last_name: field('last_name', 25),
  phone: z.union([z.literal(''), ZPhoneSchema]).optional(),
  media_url: field('media_url', 1000),
  jurisdiction_id: field('jurisdiction_id', 200),
  api_key: field('api_key', 500),
});
export type TRequestCreate = z.infer<typeof ZRequestCreateSchema>;

/** GET requests.json; every filter is a comma-separated list as the specification allows. */
export const ZRequestsQuerySchema = z.object({
  service_request_id: field('service_request_id', 20_000).describe('逗号分隔；给出时忽略其他条件'),
  service_code: field('service_code', 2000).describe('逗号分隔'),
  start_date: field('start_date', 40).describe('W3C 日期时间，如 2026-01-01T00:00:00+08:00'),
  end_date: field('end_date', 40).describe('W3C 日期时间'),
  status: field('status', 40).describe('open、closed，逗号分隔'),
  jurisdiction_id: field('jurisdiction_id', 200),
});
export type TRequestsQuery = z.infer<typeof ZRequestsQuerySchema>;

/** `abc.json` → id `abc`; anything else is not a JSON resource. */
export const ZJsonFileParamsSchema = z.object({ id: z.string().min(1).max(200) });
