import { Routes } from '@angular/router';

import { OrdersBoard } from './board/orders-board';
import { OrdersBoardStore } from './board/orders-board.store';
import { OrdersListStore } from './board/orders-list.store';

export const routes: Routes = [
  { path: '', component: OrdersBoard, providers: [OrdersBoardStore, OrdersListStore] },
  { path: 'new', loadComponent: () => import('./form/order-form').then((m) => m.OrderForm) },
  { path: ':id', loadComponent: () => import('./detail/order-page').then((m) => m.OrderPage) },
];
