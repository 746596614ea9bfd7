/** A `200 result=…` reply: the result as sent, the text in parentheses, and `key=value` extras (`endpos`). */
export interface AgiReply {
  result: string;
  data: string | null;
  attributes: Record<string, string>;
}

/** What one line from Asterisk is, during the command dialogue. */
export type AgiLine =
  | { kind: 'hangup' }
  | { kind: 'success'; reply: AgiReply }
  /** `final` false: `520-…`, the first line of a usage text that ends with a `520 …` line. */
  | { kind: 'error'; status: number; text: string; final: boolean }
  | { kind: 'malformed'; reason: string };

const STATUS_LINE = /^(\d{3})([ -])(.*)$/;
const SUCCESS = /^result=(\S*)(?:\s+(.*))?$/;
/** Greedy: a variable's value may itself hold parentheses; only the last `)` closes it. */
const PARENTHESES = /^\((.*)\)(?:\s+(.*))?$/;

export function parseAgiLine(line: string): AgiLine {
  if (line === 'HANGUP') return { kind: 'hangup' };
  const status = STATUS_LINE.exec(line);
  if (!status) return { kind: 'malformed', reason: 'not a status line' };
  const code = Number(status[1]);
  if (code !== 200) return { kind: 'error', status: code, text: status[3], final: status[2] === ' ' };
  const success = status[2] === ' ' ? SUCCESS.exec(status[3]) : null;
  if (!success) return { kind: 'malformed', reason: '200 without result=' };
  return { kind: 'success', reply: { result: success[1], ...extras(success[2] ?? '') } };
}

function extras(rest: string): Omit<AgiReply, 'result'> {
  let data: string | null = null;
  let tail = rest.trim();
  const parenthesised = PARENTHESES.exec(tail);
  if (parenthesised) {
    data = parenthesised[1];
    tail = parenthesised[2] ?? '';
  }
  const attributes: Record<string, string> = {};
  for (const token of tail.split(/\s+/)) {
    const equals = token.indexOf('=');
    if (equals > 0) attributes[token.slice(0, equals)] = token.slice(equals + 1);
  }
  return { data, attributes };
}

/** The number in `result=`, or null when it is not one (GET DATA's digits are read as text). */
export function resultNumber(reply: AgiReply): number | null {
  return /^-?\d+$/.test(reply.result) ? Number(reply.result) : null;
}
