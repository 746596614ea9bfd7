/** What Asterisk tells a FastAGI script about the call, from the `agi_*` lines it sends first. */
export interface AgiRequest {
  /** The path of the `agi://host:port/<script>` address, without a `?query`. */
  script: string;
  request: string;
  channel: string;
  language: string;
  /** The channel technology, such as PJSIP. */
  type: string;
  uniqueId: string;
  version: string;
  /** The caller's number; null when Asterisk has none (it sends `unknown`). */
  callerId: string | null;
  callerIdName: string | null;
  callingPres: number;
  dnid: string | null;
  rdnis: string | null;
  context: string;
  extension: string;
  priority: string;
  enhanced: boolean;
  accountCode: string;
  threadId: string;
  /** `agi_arg_1`, `agi_arg_2`…: the arguments after the address in `AGI(…)`. */
  args: string[];
  /** Every line as sent, keyed by its name, for anything not named above. */
  environment: Readonly<Record<string, string>>;
}

/** `agi_name: value`; Asterisk writes one space after the colon and nothing else. */
export const AGI_ENVIRONMENT_LINE = /^(agi_[a-z0-9_]+):(?: (.*))?$/;

const known = (value: string | undefined): string | null =>
  value === undefined || value === '' || value === 'unknown' ? null : value;

/** The request from a complete environment; null when a line every Asterisk sends is missing. */
export function agiRequestFrom(environment: Record<string, string>): AgiRequest | null {
  const request = environment['agi_request'];
  const channel = environment['agi_channel'];
  if (request === undefined || channel === undefined) return null;
  const args: string[] = [];
  for (let index = 1; environment[`agi_arg_${index}`] !== undefined; index++) {
    args.push(environment[`agi_arg_${index}`]);
  }
  return {
    script: (environment['agi_network_script'] ?? '').split('?')[0].replace(/^\/+/, ''),
    request,
    channel,
    language: environment['agi_language'] ?? 'en',
    type: environment['agi_type'] ?? '',
    uniqueId: environment['agi_uniqueid'] ?? '',
    version: environment['agi_version'] ?? '',
    callerId: known(environment['agi_callerid']),
    callerIdName: known(environment['agi_calleridname']),
    callingPres: Number(environment['agi_callingpres'] ?? 0) || 0,
    dnid: known(environment['agi_dnid']),
    rdnis: known(environment['agi_rdnis']),
    context: environment['agi_context'] ?? '',
    extension: environment['agi_extension'] ?? '',
    priority: environment['agi_priority'] ?? '',
    enhanced: environment['agi_enhanced'] === '1.0',
    accountCode: environment['agi_accountcode'] ?? '',
    threadId: environment['agi_threadid'] ?? '',
    args,
    environment: { ...environment },
  };
}
