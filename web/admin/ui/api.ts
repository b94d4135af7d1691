import { t } from '../i18n';

/** One problem with one field (form validation) or with one row of an imported file. */
export type ApiErrorDetail = {
  field: string;
  message: string;
  row?: number;
};

type ErrorBody = {
  error?: { code?: unknown; message?: unknown; details?: unknown };
};

/** Every failed request ends here: the server's code and its zh-CN message, ready to show. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ApiErrorDetail[];

  constructor(status: number, code: string, message: string, details: ApiErrorDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: QueryParams;
  body?: unknown;
  formData?: FormData;
};

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

/** Kept from the login and /me answers; sent with every request that changes something. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called whenever the server answers 401 (the session ended): the app goes to /login. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

/** `{ q: 'x', page: 1, orgId: undefined }` → `?q=x&page=1`; empty values are left out. */
export function toQueryString(query: QueryParams | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function toDetail(value: unknown): ApiErrorDetail | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const row = typeof record.row === 'number' ? record.row : undefined;
  return {
    field: typeof record.field === 'string' ? record.field : '',
    message: typeof record.message === 'string' ? record.message : '',
    ...(row === undefined ? {} : { row }),
  };
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: ErrorBody | null = null;
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    body = null;
  }
  const error = body?.error;
  const code = typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`;
  const message =
    typeof error?.message === 'string' && error.message
      ? error.message
      : t('common.unknownError', { status: response.status });
  const details = Array.isArray(error?.details)
    ? error.details.map(toDetail).filter((detail): detail is ApiErrorDetail => detail !== null)
    : [];
  return new ApiError(response.status, code, message, details);
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.formData) {
    body = options.formData;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`${path}${toQueryString(options.query)}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', t('common.networkError'));
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401) unauthorizedHandler?.();
    throw error;
  }
  return response;
}

/** JSON request to the Tiexin API; throws `ApiError` with the server's message on failure. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Upload one file as the multipart field `file`. */
export function apiUpload<T>(path: string, file: File): Promise<T> {
  const formData = new FormData();
  formData.append('file', file);
  return apiRequest<T>(path, { method: 'POST', formData });
}

/** `attachment; filename*=UTF-8''%E5%B9%B2...xlsx` → `干部名单.xlsx`. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain filename
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1] ? plain[1].trim() : null;
}

/** Download a file (Excel export or template) and hand it to the browser to save. */
export async function apiDownload(
  path: string,
  fallbackName: string,
  query?: QueryParams,
): Promise<void> {
  const response = await send(path, { query });
  const blob = await response.blob();
  const name = fileNameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is revoked.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The list envelope every paged endpoint answers with. */
export type Page<T> = {
  items: T[];
  total: number;
};

export const DEFAULT_PAGE_SIZE = 20;
