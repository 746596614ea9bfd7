import { ClientFilter } from './client-query';

/** A saved filter with a name, reused by the registry, mailing and reports. */
export interface ClientSegment {
  id: string;
  name: string;
  filter: ClientFilter;
  createdAt: string;
}

export interface SaveClientSegmentRequest {
  name: string;
  filter: ClientFilter;
}
