import { Routes } from '@angular/router';

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'surveys' },
  {
    path: 'surveys',
    loadChildren: () => import('../surveys/surveys.routes').then((m) => m.surveyReportRoutes),
  },
];
