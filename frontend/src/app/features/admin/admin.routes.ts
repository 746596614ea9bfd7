import { Routes } from '@angular/router';

import { UsersPage } from './users-page/users-page';
import { UsersStore } from './users.store';

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'users' },
  { path: 'users', component: UsersPage, providers: [UsersStore] },
];
