import { Routes } from '@angular/router';

import { SurveyListStore } from './design/survey-list.store';

/**
 * The survey screens, mounted where their readers are: the designer and the campaigns in the admin area
 * (admins only, as that area is), the results under reports (supervisors and admins).
 */
export const surveyDesignRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    providers: [SurveyListStore],
    loadComponent: () => import('./design/survey-list-page').then((m) => m.SurveyListPage),
  },
  // `new` is an id like any other to the designer, so saving a new survey only changes the address.
  {
    path: ':id',
    loadComponent: () => import('./design/survey-designer-page').then((m) => m.SurveyDesignerPage),
  },
];
