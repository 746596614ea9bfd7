import { Routes } from '@angular/router';

import { NO_ACCESS_PATH, authGuard, guestGuard, roleGuard } from './core/auth/auth.guards';
import { FeatureId, rolesFor } from './core/navigation/navigation';

function section(id: FeatureId, loadChildren: NonNullable<Routes[number]['loadChildren']>): Routes[number] {
  return { path: id, canMatch: [roleGuard], data: { roles: rolesFor(id) }, loadChildren };
}

export const routes: Routes = [
  {
    path: 'login',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/login/login').then((m) => m.Login),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./features/shell/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'console' },
      section('console', () => import('./features/console/console.routes').then((m) => m.routes)),
      section('clients', () => import('./features/clients/clients.routes').then((m) => m.routes)),
      section('orders', () => import('./features/orders/orders.routes').then((m) => m.routes)),
      section('supervisor', () => import('./features/supervisor/supervisor.routes').then((m) => m.routes)),
      section('reports', () => import('./features/reports/reports.routes').then((m) => m.routes)),
      section('admin', () => import('./features/admin/admin.routes').then((m) => m.routes)),
      {
        path: NO_ACCESS_PATH.slice(1),
        loadComponent: () => import('./features/no-access/no-access').then((m) => m.NoAccess),
      },
      { path: '**', redirectTo: 'console' },
    ],
  },
  { path: '**', redirectTo: '' },
];
