import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  Attachment,
  Client,
  ClientSummary,
  CreateOrderRequest,
  DebtorsPage,
  FunnelColumn,
  Order,
  OrderListQuery,
  OrderStage,
  OrderSummary,
  Page,
  Product,
  SaveProductRequest,
  StageTransition,
  UpdateOrderRequest,
  UserRef,
} from '@switchboard/contracts';
import { Observable } from 'rxjs';

import { queryParams } from '../../core/http/query-params';
import { saveFile } from '../../core/http/save-file';

/** Orders, the funnel's stages and what an order form looks up (clients, products). */
@Injectable({ providedIn: 'root' })
export class OrdersApiService {
  private readonly http = inject(HttpClient);

  list(query: OrderListQuery): Observable<Page<OrderSummary>> {
    return this.http.get<Page<OrderSummary>>('/api/orders', { params: queryParams(query) });
  }

  funnel(): Observable<FunnelColumn[]> {
    return this.http.get<FunnelColumn[]>('/api/orders/funnel');
  }

  stages(): Observable<OrderStage[]> {
    return this.http.get<OrderStage[]>('/api/order-stages');
  }

  get(id: string): Observable<Order> {
    return this.http.get<Order>(`/api/orders/${encodeURIComponent(id)}`);
  }

  create(request: CreateOrderRequest): Observable<Order> {
    return this.http.post<Order>('/api/orders', request);
  }

  update(id: string, request: UpdateOrderRequest): Observable<Order> {
    return this.http.patch<Order>(`/api/orders/${encodeURIComponent(id)}`, request);
  }

  move(id: string, stage: string, comment?: string): Observable<Order> {
    return this.http.post<Order>(`/api/orders/${encodeURIComponent(id)}/stage`, { stage, comment });
  }

  transitions(id: string): Observable<StageTransition[]> {
    return this.http.get<StageTransition[]>(`/api/orders/${encodeURIComponent(id)}/transitions`);
  }

  client(id: string): Observable<Client> {
    return this.http.get<Client>(`/api/clients/${encodeURIComponent(id)}`);
  }

  findClients(q: string): Observable<Page<ClientSummary>> {
    return this.http.get<Page<ClientSummary>>('/api/clients', { params: queryParams({ q, pageSize: 10 }) });
  }

  products(q: string, page: number, pageSize: number): Observable<Page<Product>> {
    return this.http.get<Page<Product>>('/api/products', { params: queryParams({ q, page, pageSize }) });
  }

  saveProduct(request: SaveProductRequest, id?: string): Observable<Product> {
    return id
      ? this.http.patch<Product>(`/api/products/${encodeURIComponent(id)}`, request)
      : this.http.post<Product>('/api/products', request);
  }

  debtors(page: number, pageSize: number): Observable<DebtorsPage> {
    return this.http.get<DebtorsPage>('/api/debtors', { params: queryParams({ page, pageSize }) });
  }

  /** Every debtor as CSV, through HttpClient so the bearer token goes with it. */
  exportDebtors(): Promise<void> {
    return saveFile(this.http, '/api/debtors/export', 'debtors.csv');
  }

  attachments(orderId: string): Observable<Attachment[]> {
    return this.http.get<Attachment[]>(`/api/orders/${encodeURIComponent(orderId)}/attachments`);
  }

  attach(orderId: string, file: File): Observable<Attachment> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<Attachment>(`/api/orders/${encodeURIComponent(orderId)}/attachments`, body);
  }

  users(): Observable<UserRef[]> {
    return this.http.get<UserRef[]>('/api/directory/users');
  }

  findProducts(q: string): Observable<Page<Product>> {
    return this.http.get<Page<Product>>('/api/products', {
      params: queryParams({ q, active: true, pageSize: 10 }),
    });
  }
}
