import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CallListQuery,
  CallRecord,
  OriginateCallRequest,
  OriginateCallResponse,
  Page,
  RecordingLink,
  WrapUpRequest,
} from '@switchboard/contracts';
import { Observable } from 'rxjs';

import { queryParams } from '../http/query-params';

const BASE = '/api/calls';

/** Stored calls, click-to-call, the wrap-up of a call and its recording. */
@Injectable({ providedIn: 'root' })
export class CallsApiService {
  private readonly http = inject(HttpClient);

  list(query: CallListQuery): Observable<Page<CallRecord>> {
    return this.http.get<Page<CallRecord>>(BASE, { params: queryParams(query) });
  }

  get(callId: string): Observable<CallRecord> {
    return this.http.get<CallRecord>(`${BASE}/${encodeURIComponent(callId)}`);
  }

  originate(request: OriginateCallRequest): Observable<OriginateCallResponse> {
    return this.http.post<OriginateCallResponse>(`${BASE}/originate`, request);
  }

  wrapUp(callId: string, request: WrapUpRequest): Observable<CallRecord> {
    return this.http.post<CallRecord>(`${BASE}/${encodeURIComponent(callId)}/wrap-up`, request);
  }

  /** A link the browser plays the call's recording from; asking for it is the audited playback. */
  recordingLink(callId: string): Observable<RecordingLink> {
    return this.http.post<RecordingLink>(`${BASE}/${encodeURIComponent(callId)}/recording-link`, {});
  }
}
