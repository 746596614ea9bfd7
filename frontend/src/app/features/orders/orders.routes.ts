import { Routes } from '@angular/router';

import { roleGuard } from '../../core/auth/auth.guards';
import { OrdersBoard } from './board/orders-board';
import { OrdersBoardStore } from './board/orders-board.store';
import { OrdersListStore } from './board/orders-list.store';

const SUPERVISORS = { roles: ['supervisor', 'admin'] };

export const routes: Routes = [
  { path: '', component: OrdersBoard, providers: [OrdersBoardStore, OrdersListStore] },
  { path: 'new', loadComponent: () => import('./form/order-form').then((m) => m.OrderForm) },
  {
    path: 'catalogue',
    canMatch: [roleGuard],
    data: SUPERVISORS,
    loadComponent: () => import('./catalogue/catalogue-page').then((m) => m.CataloguePage),
  },
  {
    path: 'debtors',
    canMatch: [roleGuard],
    data: SUPERVISORS,
    loadComponent: () => import('./debtors/debtors-page').then((m) => m.DebtorsPage),
  },
  { path: ':id', loadComponent: () => import('./detail/order-page').then((m) => m.OrderPage) },
  { path: ':id/edit', loadComponent: () => import('./form/order-form').then((m) => m.OrderForm) },
];
