import { Routes } from '@angular/router';

import { AgentBoardPage } from './agents/agent-board-page';
import { LiveBoard } from './live-board';
import { SupervisorShell } from './supervisor-shell';
import { WallboardPage } from './wallboard/wallboard-page';

export const routes: Routes = [
  {
    path: '',
    component: SupervisorShell,
    children: [
      {
        path: '',
        component: LiveBoard,
        children: [
          { path: '', pathMatch: 'full', component: WallboardPage },
          { path: 'agents', component: AgentBoardPage },
        ],
      },
      { path: 'tasks', loadComponent: () => import('./team-tasks/team-tasks').then((m) => m.TeamTasks) },
    ],
  },
];
