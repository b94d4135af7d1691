import type {
  TCaseRating,
  TCategory,
  TPublicCadre,
  TPublicCase,
  TPublicCaseCreate,
  TPublicCaseCreated,
  TPublicResolved,
  TUploadedPhoto,
} from '../cases';
import { t } from '../i18n';
import type { TPublicLetter } from '../letters';

/** One problem with one field, as the server reports it (`body.content` → `content`). */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * A failed request: status 0 when the network failed, else the server's status, code and its
 * zh-CN message.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors;

  constructor(status: number, code: string, message: string, fields: FieldErrors = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

type ErrorBody = { error?: { code?: unknown; message?: unknown; details?: unknown } };

async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  const error = body?.error;
  const code = typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`;
  const message =
    typeof error?.message === 'string' && error.message
      ? error.message
      : t('errors.server', { status: response.status });
  const fields: FieldErrors = {};
  if (Array.isArray(error?.details)) {
    for (const d of error.details as { field?: unknown; message?: unknown }[]) {
      if (typeof d?.field !== 'string' || typeof d.message !== 'string') continue;
      const field = d.field.replace(/^body\./, '').split('.')[0] ?? '';
      fields[field] ??= d.message;
    }
  }
  return new ApiError(response.status, code, message, fields);
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    // no cookies: the citizens' site has no account, and a staff session must not ride along
    response = await fetch(path, {
      ...init,
      credentials: 'omit',
      headers: { accept: 'application/json', ...init.headers },
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', t('errors.network'));
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

const postJson = <T>(path: string, body: unknown) =>
  request<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** The public API: no account, rate-limited per address by the server. */
export const api = {
  categories: () => request<{ items: TCategory[] }>('/api/public/categories'),
  cadre: (id: string) => request<TPublicCadre>(`/api/public/cadres/${encodeURIComponent(id)}`),
  submit: (body: TPublicCaseCreate) => postJson<TPublicCaseCreated>('/api/public/cases', body),
  lookUp: (code: string) => request<TPublicCase>(`/api/public/cases/${encodeURIComponent(code)}`),
  rate: (code: string, body: { rating: TCaseRating; comment: string }) =>
    postJson<TPublicCase>(`/api/public/cases/${encodeURIComponent(code)}/rating`, body),
  resolved: (page: number, pageSize: number) =>
    request<{ items: TPublicResolved[]; total: number }>(
      `/api/public/resolved?page=${page}&pageSize=${pageSize}`,
    ),
  letters: (page: number, pageSize: number) =>
    request<{ items: TPublicLetter[]; total: number }>(
      `/api/public/letters?page=${page}&pageSize=${pageSize}`,
    ),
  letter: (id: string) => request<TPublicLetter>(`/api/public/letters/${encodeURIComponent(id)}`),
  /** 心得体会: the same shape as a letter */
  reflections: (page: number, pageSize: number) =>
    request<{ items: TPublicLetter[]; total: number }>(
      `/api/public/reflections?page=${page}&pageSize=${pageSize}`,
    ),
  reflection: (id: string) =>
    request<TPublicLetter>(`/api/public/reflections/${encodeURIComponent(id)}`),
  uploadPhoto: (file: Blob, fileName: string) => {
    const form = new FormData();
    form.append('file', file, fileName);
    return request<TUploadedPhoto>('/api/public/attachments', { method: 'POST', body: form });
  },
};
