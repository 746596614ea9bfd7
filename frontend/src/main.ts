import { bootstrapApplication } from '@angular/platform-browser';

import { App } from './app/app';
import { appConfig } from './app/app.config';

bootstrapApplication(App, appConfig).catch((error: unknown) => {
  // No console in house style: show the failure on the page instead.
  document.body.textContent = `Switchboard failed to start: ${String(error)}`;
});
