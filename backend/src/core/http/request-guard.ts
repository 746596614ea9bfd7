import { ApiError } from '@switchboard/contracts';
import { NextFunction, Request, Response } from 'express';
import { CodedFieldError } from './domain-error';

/** Deeper than any form of ours; the validators recurse, so a deeper body is refused before they run. */
export const MAX_BODY_DEPTH = 32;

/** The first field of a parsed body that is nested too deep or holds a NUL character, if any. */
export function unsafeBodyField(body: unknown): CodedFieldError | null {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path, depth } = next;
    if (typeof value === 'string') {
      if (value.includes('\u0000'))
        return {
          field: path || '(body)',
          code: 'INVALID_FORMAT',
          reason: 'must not contain a NUL character',
        };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_BODY_DEPTH) {
      return {
        field: path || '(body)',
        code: 'TOO_LARGE',
        reason: `must not nest deeper than ${MAX_BODY_DEPTH} levels`,
      };
    }
    for (const [key, item] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      if (key.includes('\u0000'))
        return { field, code: 'INVALID_FORMAT', reason: 'must not contain a NUL character' };
      pending.push({ value: item, path: field, depth: depth + 1 });
    }
  }
  return null;
}

/** Path and query as sent: a NUL character there, raw or percent-encoded, is never meant. */
const hasNul = (url: string) => url.includes('\u0000') || /%00/.test(url);

/** A form body stays raw text until its route parses it (PBX webhooks): its first field holding NUL. */
function formNulField(text: string): CodedFieldError | null {
  for (const [field, value] of new URLSearchParams(text)) {
    if (`${field}${value}`.includes('\u0000'))
      return { field, code: 'INVALID_FORMAT', reason: 'must not contain a NUL character' };
  }
  return null;
}

/**
 * Refuses, with 400 naming the field, input that would otherwise reach PostgreSQL (which cannot store
 * NUL in text) or the recursive validators (a deeply nested body) and answer 500.
 */
export function requestGuard(request: Request, response: Response, next: NextFunction): void {
  const problem: CodedFieldError | null = hasNul(request.originalUrl)
    ? { field: '(url)', code: 'INVALID_FORMAT', reason: 'must not contain a NUL character' }
    : typeof request.body === 'string'
      ? formNulField(request.body)
      : unsafeBodyField(request.body);
  if (!problem) return next();
  response.status(400).json({
    code: 'VALIDATION_FAILED',
    message: 'The request was not accepted',
    details: [problem],
  } satisfies ApiError);
}
