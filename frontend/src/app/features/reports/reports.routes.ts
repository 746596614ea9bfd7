import { Routes } from '@angular/router';

import { ComingSoon } from '../../shared/coming-soon/coming-soon';

export const routes: Routes = [
  {
    path: '',
    component: ComingSoon,
    data: { icon: 'bar_chart', title: 'reports.title', text: 'reports.comingSoon' },
  },
];
