import { Injectable, inject, signal } from '@angular/core';
import {
  CallDirection,
  CallDisposition,
  CallListQuery,
  CallRecord,
  MISSED_DISPOSITIONS,
} from '@switchboard/contracts';

import { CallsApiService } from '../../../core/calls/calls-api.service';
import { PagedList } from '../../../shared/lists/paged-list';

export interface CallHistoryFilter {
  direction?: CallDirection;
  /** One disposition, or every missed one. */
  disposition?: CallDisposition | 'missed';
  /** Calendar dates, `YYYY-MM-DD`, both ends included. */
  from?: string;
  to?: string;
}

export const isMissed = (call: CallRecord) =>
  call.disposition !== null && MISSED_DISPOSITIONS.includes(call.disposition);

/** The calendar day as the start of that day (from) or of the next day (to), in the agent's time zone. */
export function dayBounds(filter: CallHistoryFilter): Pick<CallListQuery, 'from' | 'to'> {
  const start = (day: string) => new Date(`${day}T00:00:00`);
  const next = (day: string) => {
    const date = start(day);
    date.setDate(date.getDate() + 1);
    return date;
  };
  return {
    from: filter.from ? start(filter.from).toISOString() : undefined,
    to: filter.to ? next(filter.to).toISOString() : undefined,
  };
}

/** The query for the agent's own calls under `filter`, without the page. */
export function callQuery(filter: CallHistoryFilter): Omit<CallListQuery, 'page' | 'pageSize'> {
  const { direction, disposition } = filter;
  return {
    scope: 'mine',
    direction,
    ...(disposition === 'missed' ? { missed: true } : { disposition }),
    ...dayBounds(filter),
  };
}

/** The agent's own calls, newest first, with filters and paging. */
@Injectable()
export class CallHistoryStore {
  private readonly api = inject(CallsApiService);

  readonly filter = signal<CallHistoryFilter>({});
  readonly results = new PagedList<CallRecord>((page) =>
    this.api.list({ ...callQuery(this.filter()), ...page }),
  );

  setFilter(filter: CallHistoryFilter): void {
    this.filter.set(filter);
    this.results.restart();
  }
}
