/**
 * The webhooks Binotel posts to a CRM, validated into a discriminated union.
 *
 * What we assumed, and from where (Binotel's own reference, developers.binotel.ua, is only partly
 * readable in our sources; field names below were cross-checked against integrations that run on it):
 * - One URL receives every webhook; `requestType` tells them apart: `apiCallSettings` (a call arrives;
 *   the CRM answers synchronously with `customerData`), `receivedTheCall`, `answeredTheCall`,
 *   `transferredTheCall`, `hangupTheCall` (the "PUSH" notifications) and `apiCallCompleted` (the final
 *   record under `callDetails[...]`). Sources: Binotel's PUSH sample (Russian comments, `$postData` arrays),
 *   github.com/sashalenz/binotel-api `src/ResponseData/Webhooks/*`, github.com/BitingSnakes/binotel-api
 *   `src/binotel_api/schemas.py` and `webhooks.py`, the EspoCRM Binotel listener.
 * - PUSH fields: `generalCallID`, `callType` (0 incoming, 1 outgoing), `externalNumber` (the customer),
 *   `pbxNumber` (the DID), `internalNumber` (the employee's extension), `companyID`; `hangupTheCall` adds
 *   `billsec` and `disposition`; `transferredTheCall` carries the target's `internalNumber`. API 2.0 names
 *   are still read as fallbacks: `srcNumber`/`dstNumber` → externalNumber, `didNumber` → pbxNumber,
 *   `extNumber` → internalNumber (EspoCRM listener: "OLD value in API 2.0").
 * - Binotel's own samples send `answeredTheCall` without `callType` and, for an outgoing call, without any
 *   extension, so both are optional there.
 * - `apiCallSettings` documents `externalNumber`, `callType`, `companyID`, optional `pbxNumber` and
 *   `internalNumber`, and no `generalCallID` (sashalenz, BitingSnakes); we read one if it is there.
 * - `apiCallCompleted`: `callDetails[generalCallID|callType|externalNumber|internalNumber|startTime|waitsec|
 *   billsec|disposition|recordingStatus|pbxNumberData[number]|employeeData[name|email]|historyData[i][...]|
 *   linkToCallRecordInMyBusiness]`, plus top-level `attemptsCounter`. Taken from a recorded body kept in a
 *   Kotlin integration's test (package ua.com.enotagency, EnotagencyApplicationTests). One integration saw
 *   `callDetails` keyed by the call id, as in the STATS API, so that shape is accepted too.
 */
import { CallDirection } from '@switchboard/contracts';
import { BinotelWebhookError, FieldReader } from './binotel-fields';
import { BodyFormatError, normalizeBody } from './nested-form';

export { BinotelWebhookError } from './binotel-fields';

export const BINOTEL_REQUEST_TYPES = [
  'apiCallSettings',
  'receivedTheCall',
  'answeredTheCall',
  'transferredTheCall',
  'hangupTheCall',
  'apiCallCompleted',
] as const;
export type BinotelRequestType = (typeof BINOTEL_REQUEST_TYPES)[number];

interface BinotelWebhookBase {
  companyId: string | null;
}

/** Sent while a call arrives; Binotel waits for the answer built by `buildCallSettingsReply`. */
export interface BinotelCallSettingsWebhook extends BinotelWebhookBase {
  requestType: 'apiCallSettings';
  generalCallId: string | null;
  direction: CallDirection;
  externalNumber: string;
  pbxNumber: string | null;
  internalNumber: string | null;
}

export interface BinotelReceivedTheCallWebhook extends BinotelWebhookBase {
  requestType: 'receivedTheCall';
  generalCallId: string;
  direction: CallDirection;
  externalNumber: string | null;
  pbxNumber: string | null;
  internalNumber: string | null;
}

export interface BinotelAnsweredTheCallWebhook extends BinotelWebhookBase {
  requestType: 'answeredTheCall';
  generalCallId: string;
  direction: CallDirection | null;
  externalNumber: string | null;
  pbxNumber: string | null;
  internalNumber: string | null;
}

export interface BinotelTransferredTheCallWebhook extends BinotelWebhookBase {
  requestType: 'transferredTheCall';
  generalCallId: string;
  /** The extension the call went to. */
  internalNumber: string;
}

export interface BinotelHangupTheCallWebhook extends BinotelWebhookBase {
  requestType: 'hangupTheCall';
  generalCallId: string;
  billsec: number | null;
  disposition: string | null;
}

/** One employee's leg of a finished call. */
export interface BinotelHistoryLeg {
  internalNumber: string | null;
  disposition: string | null;
  waitsec: number;
  billsec: number;
}

export interface BinotelCallDetails {
  generalCallId: string;
  direction: CallDirection;
  externalNumber: string | null;
  internalNumber: string | null;
  pbxNumber: string | null;
  startTime: Date | null;
  waitsec: number;
  billsec: number;
  disposition: string;
  recordingStatus: string | null;
  recordingLink: string | null;
  employeeName: string | null;
  history: BinotelHistoryLeg[];
}

export interface BinotelCallCompletedWebhook extends BinotelWebhookBase {
  requestType: 'apiCallCompleted';
  /** Binotel's delivery attempt; retries of one call differ only here. */
  attempt: number | null;
  call: BinotelCallDetails;
}

export type BinotelWebhook =
  | BinotelCallSettingsWebhook
  | BinotelReceivedTheCallWebhook
  | BinotelAnsweredTheCallWebhook
  | BinotelTransferredTheCallWebhook
  | BinotelHangupTheCallWebhook
  | BinotelCallCompletedWebhook;

const EXTERNAL = ['externalNumber', 'srcNumber', 'dstNumber'];
const PBX = ['pbxNumber', 'didNumber'];
const INTERNAL = ['internalNumber', 'extNumber'];

/** Validates a webhook body (form text, parsed form fields or JSON); throws `BinotelWebhookError`. */
export function parseBinotelWebhook(body: unknown): BinotelWebhook {
  let fields: FieldReader;
  try {
    fields = new FieldReader(normalizeBody(body));
  } catch (error) {
    if (error instanceof BodyFormatError) throw new BinotelWebhookError('(body)', error.message);
    throw error;
  }
  const requestType = fields.text('requestType');
  const companyId = fields.optionalText('companyID');
  switch (requestType) {
    case 'apiCallSettings':
      return {
        requestType,
        companyId,
        generalCallId: fields.optionalText('generalCallID'),
        direction: fields.direction(),
        externalNumber: fields.text(...EXTERNAL),
        pbxNumber: fields.optionalText(...PBX),
        internalNumber: fields.optionalText(...INTERNAL),
      };
    case 'receivedTheCall':
      return {
        requestType,
        companyId,
        generalCallId: fields.text('generalCallID'),
        direction: fields.direction(),
        externalNumber: fields.optionalText(...EXTERNAL),
        pbxNumber: fields.optionalText(...PBX),
        internalNumber: fields.optionalText(...INTERNAL),
      };
    case 'answeredTheCall':
      return {
        requestType,
        companyId,
        generalCallId: fields.text('generalCallID'),
        direction: fields.optionalDirection(),
        externalNumber: fields.optionalText(...EXTERNAL),
        pbxNumber: fields.optionalText(...PBX),
        internalNumber: fields.optionalText(...INTERNAL),
      };
    case 'transferredTheCall':
      return {
        requestType,
        companyId,
        generalCallId: fields.text('generalCallID'),
        internalNumber: fields.text(...INTERNAL),
      };
    case 'hangupTheCall':
      return {
        requestType,
        companyId,
        generalCallId: fields.text('generalCallID'),
        billsec: fields.optionalCount('billsec'),
        disposition: fields.optionalText('disposition'),
      };
    case 'apiCallCompleted':
      return callCompleted(fields, companyId);
    default:
      throw new BinotelWebhookError('requestType', `"${requestType}" is not one we handle`);
  }
}

function callCompleted(fields: FieldReader, companyId: string | null): BinotelCallCompletedWebhook {
  const details = callDetails(fields);
  return {
    requestType: 'apiCallCompleted',
    companyId: companyId ?? details.optionalText('companyID'),
    attempt: fields.optionalCount('attemptsCounter'),
    call: {
      generalCallId: details.text('generalCallID'),
      direction: details.direction(),
      externalNumber: details.optionalText('externalNumber'),
      internalNumber: details.optionalText('internalNumber'),
      pbxNumber:
        details.optionalObject('pbxNumberData')?.optionalText('number') ?? details.optionalText(...PBX),
      startTime: details.optionalTime('startTime'),
      waitsec: details.optionalCount('waitsec') ?? 0,
      billsec: details.count('billsec'),
      disposition: details.text('disposition').toUpperCase(),
      recordingStatus: details.optionalText('recordingStatus'),
      recordingLink: details.optionalText('linkToCallRecordInMyBusiness'),
      employeeName: details.optionalObject('employeeData')?.optionalText('name') ?? null,
      history: details.objects('historyData').map(historyLeg),
    },
  };
}

function callDetails(fields: FieldReader): FieldReader {
  const details = fields.object('callDetails');
  if (details.has('generalCallID')) return details;
  return details.soleObject() ?? details;
}

function historyLeg(leg: FieldReader): BinotelHistoryLeg {
  return {
    internalNumber: leg.optionalText('internalNumber'),
    disposition: leg.optionalText('disposition')?.toUpperCase() ?? null,
    waitsec: leg.optionalCount('waitsec') ?? 0,
    billsec: leg.optionalCount('billsec') ?? 0,
  };
}
