import type { FastifyInstance, HTTPMethods, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Client } from './app.ts';

/** One entry of an API error's `details`. */
export type ErrorDetail = { row?: number; field?: string; message: string };
export type ApiError = { code: string; message: string; details: ErrorDetail[] };

/** Expects an API error with this status and code; returns the error body. */
export function expectError(res: LightMyRequestResponse, status: number, code: string): ApiError {
  expect(res.statusCode, res.body).toBe(status);
  const { error } = res.json() as { error: ApiError };
  expect(error.code).toBe(code);
  return error;
}

/** Expects a 400 VALIDATION error that names `field` among its details; returns the error body. */
export function expectValidation(res: LightMyRequestResponse, field: string): ApiError {
  const error = expectError(res, 400, 'VALIDATION');
  expect(error.details.map((d) => d.field)).toContain(field);
  return error;
}

export function expectNotFound(res: LightMyRequestResponse): ApiError {
  return expectError(res, 404, 'NOT_FOUND');
}

/** A request by method and URL; POST, PUT and PATCH carry `{}` unless a body is given. */
export type Call = readonly [method: HTTPMethods, url: string, payload?: InjectOptions['payload']];

/**
 * Sends every call, without a session (the app) or as a logged-in client, and expects `status`
 * from each, and the error `code` when given; a failure names the call.
 */
export async function expectEveryCall(
  who: FastifyInstance | Client,
  calls: readonly Call[],
  status: number,
  code?: string,
): Promise<void> {
  for (const [method, url, body] of calls) {
    const opts: InjectOptions = {
      method,
      url,
      payload: body ?? (method === 'GET' || method === 'DELETE' ? undefined : {}),
    };
    const res = await ('csrfToken' in who ? who.request(opts) : who.inject(opts));
    expect(res.statusCode, `${method} ${url}`).toBe(status);
    if (code !== undefined) expect(res.json().error.code, `${method} ${url}`).toBe(code);
  }
}

/**
 * Distinct client addresses (10.<octet>.x.y), one per call, for the public routes whose rate
 * limits count per address.
 */
export function addresses(octet: number): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `10.${octet}.${Math.floor(n / 250)}.${n % 250}`;
  };
}
