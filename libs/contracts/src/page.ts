/** A page of a list; `total` counts every match, not only this page. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
