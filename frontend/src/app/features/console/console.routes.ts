import { Routes } from '@angular/router';

import { ComingSoon } from '../../shared/coming-soon/coming-soon';

export const routes: Routes = [
  {
    path: '',
    component: ComingSoon,
    data: { icon: 'headset_mic', title: 'console.title', text: 'console.comingSoon' },
  },
];
