import { caseStatusLabels, type TCaseCategoryKind } from '../../../common/cases.ts';
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/tx.ts';
import { AppError } from '../../platform/errors.ts';
import { auditText } from '../../platform/i18n/audit.zh-CN.ts';
import {
  addInternalNote,
  createCaseInTx,
  findCategory,
  publicCategories,
} from '../cases/cases.service.ts';
import { findRequests, listPublishedRequests, type RequestRow } from './open311.repo.ts';
import {
  GEOREPORT_V2,
  MAX_RESULTS,
  MAX_SPAN_DAYS,
  OPEN311_STATUS,
  statusesOf,
  type TRequest,
  type TRequestCreate,
  type TRequestCreated,
  type TRequestsQuery,
  type TService,
} from './open311.schemas.ts';

/** When the list of endpoints below last changed (GeoReport v2 discovery `changeset`). */
export const DISCOVERY_CHANGESET = '2026-11-26T00:00:00Z';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = 86_400_000;

export function discovery(baseUrl: string) {
  return {
    changeset: DISCOVERY_CHANGESET,
    contact: '萍乡市农业局 局活动办（“学习龚全珍，争做贴心人”活动办公室）',
    key_service: '无需 API key：api_key 参数可以省略，提交时会被忽略',
    endpoints: [
      {
        specification: GEOREPORT_V2,
        url: baseUrl,
        changeset: DISCOVERY_CHANGESET,
        type: 'production' as const,
        formats: ['application/json'],
      },
    ],
  };
}

/** The service `group` of each kind of category. */
const groupOf: Record<TCaseCategoryKind, string> = {
  four_winds: '四风问题',
  livelihood: '民生诉求',
};

const serviceOf = (c: {
  id: string;
  name: string;
  kind: TCaseCategoryKind;
  timeLimitDays: number;
}): TService => ({
  service_code: c.id,
  service_name: c.name,
  description: `${groupOf[c.kind]}：${c.name}。办理时限 ${c.timeLimitDays} 个工作日。`,
  metadata: false,
  type: 'realtime',
  keywords: [groupOf[c.kind], c.name].join(', '),
  group: groupOf[c.kind],
});

export async function services(db: Db): Promise<TService[]> {
  return (await publicCategories(db)).items.map(serviceOf);
}

export async function serviceDefinition(db: Db, code: string) {
  const known = UUID.test(code) && (await publicCategories(db)).items.some((s) => s.id === code);
  if (!known) throw new AppError('NOT_FOUND.open311Service', { code });
  return { service_code: code, attributes: [] };
}

/** Date-times as the W3C note has them, always with the zone (Z). */
const w3c = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function toRequest(r: RequestRow): TRequest {
  const done = r.status === 'answered' || r.status === 'signed_off';
  return {
    service_request_id: r.id,
    status: OPEN311_STATUS[r.status],
    status_notes:
      done && r.answer ? `${caseStatusLabels[r.status]}：${r.answer}` : caseStatusLabels[r.status],
    service_name: r.categoryName,
    service_code: r.categoryId,
    description: r.content,
    agency_responsible: r.orgName,
    service_notice: `办理时限 ${r.timeLimitDays} 个工作日`,
    requested_datetime: w3c(r.createdAt),
    updated_datetime: w3c(r.updatedAt),
    // the due date is a day in China: expected by its end
    expected_datetime: r.dueDate ? `${r.dueDate}T23:59:59+08:00` : null,
    address: r.address,
    address_id: null,
    zipcode: null,
    lat: r.lat,
    long: r.lng,
    // a citizen's media_url is kept as an internal note, not republished
    media_url: null,
  };
}

const list = (s: string | undefined) =>
  s === undefined
    ? undefined
    : s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);

const W3C_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** A W3C date-time (with its zone) or a plain date, read as that day in China. */
function parseDate(name: string, s: string, endOfDay: boolean): Date {
  const valid = W3C_DATE.test(s);
  const dateOnly = valid && s.length === 10;
  const ms = Date.parse(dateOnly ? `${s}T00:00:00+08:00` : s);
  if (!valid || Number.isNaN(ms)) {
    throw new AppError('VALIDATION.open311DateTime', { name });
  }
  return new Date(dateOnly && endOfDay ? ms + DAY - 1 : ms);
}

/** The window of a list: 90 days up to now unless the client gives one (at most 90 days). */
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(9999, 0, 1);

function windowOf(q: TRequestsQuery, now: Date): { start: Date; end: Date } {
  const start = q.start_date ? parseDate('start_date', q.start_date, false) : undefined;
  const end = q.end_date ? parseDate('end_date', q.end_date, true) : undefined;
  const span = MAX_SPAN_DAYS * DAY;
  // the window must stay within years the database can read (a 5-digit year is not one of them)
  for (const d of [start, end]) {
    if (d && (d.getTime() < EARLIEST || d.getTime() + span > LATEST))
      throw new AppError('VALIDATION.open311DateOutOfRange');
  }
  if (start && end) {
    if (end < start) throw new AppError('VALIDATION.open311DateOrder');
    if (end.getTime() - start.getTime() > span) {
      throw new AppError('VALIDATION.open311DateSpan', { days: MAX_SPAN_DAYS });
    }
    return { start, end };
  }
  if (start) return { start, end: new Date(start.getTime() + span) };
  const last = end ?? now;
  return { start: new Date(last.getTime() - span), end: last };
}

export async function requests(db: Db, q: TRequestsQuery, now = new Date()): Promise<TRequest[]> {
  const ids = list(q.service_request_id);
  // the specification: service_request_id overrides every other argument
  if (ids !== undefined) {
    return (
      await findRequests(
        db,
        ids.filter((id) => UUID.test(id)),
        MAX_RESULTS,
      )
    ).map(toRequest);
  }
  const wanted = list(q.status);
  if (wanted?.some((s) => s !== 'open' && s !== 'closed')) {
    throw new AppError('VALIDATION.open311Status');
  }
  const codes = list(q.service_code);
  const { start, end } = windowOf(q, now);
  // a code that cannot be one of ours matches nothing (it must not widen the filter)
  const serviceCodes = codes?.filter((c) => UUID.test(c));
  if (serviceCodes && serviceCodes.length === 0) return [];
  const rows = await listPublishedRequests(db, {
    serviceCodes,
    statuses: wanted ? statusesOf(wanted as ('open' | 'closed')[]) : undefined,
    start,
    end,
    limit: MAX_RESULTS,
  });
  return rows.map(toRequest);
}

export async function request(db: Db, id: string): Promise<TRequest[]> {
  const [row] = UUID.test(id) ? await findRequests(db, [id], 1) : [];
  if (!row) throw new AppError('NOT_FOUND.open311Request', { id });
  return [toRequest(row)];
}

const blankToNull = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** lat/long, address_string or address_id: the specification requires one of them. */
function locationOf(input: TRequestCreate) {
  const address = blankToNull(input.address_string);
  const latText = blankToNull(input.lat);
  const longText = blankToNull(input.long);
  if ((latText === null) !== (longText === null))
    throw new AppError('VALIDATION.open311LatLongPair');
  const lat = latText === null ? null : Number(latText);
  const lng = longText === null ? null : Number(longText);
  if (lat !== null && !(Number.isFinite(lat) && lat >= -90 && lat <= 90)) {
    throw new AppError('VALIDATION.open311Lat');
  }
  if (lng !== null && !(Number.isFinite(lng) && lng >= -180 && lng <= 180)) {
    throw new AppError('VALIDATION.open311Long');
  }
  if (lat === null && address === null) {
    // we keep no master address repository, so an address_id alone cannot be placed
    if (blankToNull(input.address_id)) {
      throw new AppError('VALIDATION.open311AddressId');
    }
    throw new AppError('VALIDATION.open311Location');
  }
  return { address, lat, lng };
}

/**
 * POST requests.json: a case like the public form's (channel 网站), with the citizen's e-mail and
 * the location; where it came from, the device and any media URL stay in an internal note.
 */
export async function createRequest(
  db: Db,
  ip: string | null,
  input: TRequestCreate,
): Promise<TRequestCreated> {
  const location = locationOf(input);
  const name = `${input.last_name?.trim() ?? ''}${input.first_name?.trim() ?? ''}` || null;
  const phone = blankToNull(input.phone);
  const email = blankToNull(input.email);
  return inTransaction(db, async (tx) => {
    const category = UUID.test(input.service_code)
      ? await findCategory(tx, input.service_code)
      : undefined;
    if (!category?.active) {
      throw new AppError('NOT_FOUND.open311ServiceInactive', { code: input.service_code });
    }
    const row = await createCaseInTx(
      tx,
      { actor: null, ip },
      {
        channel: 'web',
        categoryId: category.id,
        content: input.description,
        anonymous: !name && !phone && !email,
        citizenName: name,
        citizenPhone: phone,
        citizenEmail: email,
        ...location,
      },
      { summary: auditText.case.received.open311 },
    );
    const device = blankToNull(input.device_id);
    const media = blankToNull(input.media_url);
    await addInternalNote(
      tx,
      row.id,
      [
        '经 Open311 接口提交',
        device ? `设备：${device}` : '',
        media ? `附带媒体链接（未核实）：${media}` : '',
      ]
        .filter(Boolean)
        .join('；'),
    );
    return [
      {
        service_request_id: row.id,
        service_notice: `已收到，查询码 ${row.trackingCode}（凭查询码可在民声通道查看进度、评价办理结果）。办理时限 ${category.timeLimitDays} 个工作日。`,
        account_id: null,
      },
    ];
  });
}
