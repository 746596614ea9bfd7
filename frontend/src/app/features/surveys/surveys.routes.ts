import { Routes } from '@angular/router';

import { CampaignsStore } from './campaigns/campaigns.store';
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

export const campaignRoutes: Routes = [
  {
    path: '',
    // One list for the list page and the editor, which finds the campaign there.
    providers: [CampaignsStore],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./campaigns/campaigns-page').then((m) => m.CampaignsPage),
      },
      {
        path: ':id',
        loadComponent: () => import('./campaigns/campaign-editor-page').then((m) => m.CampaignEditorPage),
      },
    ],
  },
];

export const surveyReportRoutes: Routes = [
  { path: '', loadComponent: () => import('./results/survey-results-page').then((m) => m.SurveyResultsPage) },
];
