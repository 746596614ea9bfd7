import { Routes } from '@angular/router';

import { roleGuard } from '../../core/auth/auth.guards';
import { ClientsRegistryStore } from './registry/clients-registry.store';
import { ClientsPage } from './registry/clients-page';

export const routes: Routes = [
  { path: '', component: ClientsPage, providers: [ClientsRegistryStore] },
  { path: 'new', loadComponent: () => import('./form/client-form').then((m) => m.ClientForm) },
  {
    path: 'import',
    canMatch: [roleGuard],
    data: { roles: ['supervisor', 'admin'] },
    loadComponent: () => import('./import/client-import-page').then((m) => m.ClientImportPage),
  },
  { path: ':id', loadComponent: () => import('./card/client-card').then((m) => m.ClientCard) },
  { path: ':id/edit', loadComponent: () => import('./form/client-form').then((m) => m.ClientForm) },
];
