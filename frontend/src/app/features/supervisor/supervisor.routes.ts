import { Routes } from '@angular/router';

import { ComingSoon } from '../../shared/coming-soon/coming-soon';

export const routes: Routes = [
  {
    path: '',
    component: ComingSoon,
    data: { icon: 'monitoring', title: 'supervisor.title', text: 'supervisor.comingSoon' },
  },
  { path: 'tasks', loadComponent: () => import('./team-tasks/team-tasks').then((m) => m.TeamTasks) },
];
