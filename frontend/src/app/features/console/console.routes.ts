import { Routes } from '@angular/router';

import { CallHistoryStore } from './history/call-history.store';

export const routes: Routes = [
  {
    path: '',
    providers: [CallHistoryStore],
    loadComponent: () => import('./history/call-history-page').then((m) => m.CallHistoryPage),
  },
];
