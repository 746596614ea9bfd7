import { Routes } from '@angular/router';

import { AdminShell } from './admin-shell';
import { ClientFieldsStore } from './client-fields/client-fields.store';
import { MonitorAuditStore } from './monitoring/monitor-audit.store';
import { TeamsStore } from './teams/teams.store';
import { UsersPage } from './users-page/users-page';
import { UsersStore } from './users.store';

export const routes: Routes = [
  {
    path: '',
    component: AdminShell,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      { path: 'users', component: UsersPage, providers: [UsersStore] },
      {
        path: 'client-fields',
        providers: [ClientFieldsStore],
        loadComponent: () => import('./client-fields/client-fields-page').then((m) => m.ClientFieldsPage),
      },
      { path: 'stages', loadComponent: () => import('./settings/stages-page').then((m) => m.StagesPage) },
      {
        path: 'templates',
        loadComponent: () => import('./settings/templates-page').then((m) => m.TemplatesPage),
      },
      {
        path: 'bonus-rules',
        loadComponent: () => import('./settings/bonus-rules-page').then((m) => m.BonusRulesPage),
      },
      {
        path: 'console',
        loadComponent: () =>
          import('./console-settings/console-settings-page').then((m) => m.ConsoleSettingsPage),
      },
      {
        path: 'teams',
        providers: [TeamsStore],
        loadComponent: () => import('./teams/teams-page').then((m) => m.TeamsPage),
      },
      {
        path: 'surveys',
        loadChildren: () => import('../surveys/surveys.routes').then((m) => m.surveyDesignRoutes),
      },
      {
        path: 'campaigns',
        loadChildren: () => import('../surveys/surveys.routes').then((m) => m.campaignRoutes),
      },
      {
        path: 'reminders',
        loadComponent: () => import('./reminders/reminder-settings-page').then((m) => m.ReminderSettingsPage),
      },
      {
        path: 'self-service',
        loadComponent: () => import('./self-service/self-service-page').then((m) => m.SelfServicePage),
      },
      {
        path: 'monitoring',
        providers: [MonitorAuditStore],
        loadComponent: () => import('./monitoring/monitor-audit-page').then((m) => m.MonitorAuditPage),
      },
    ],
  },
];
