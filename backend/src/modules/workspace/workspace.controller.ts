import { Controller, Get, Inject } from '@nestjs/common';
import { WorkspaceFacts } from '@switchboard/contracts';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';

/** What every signed-in page formats numbers and money with. */
@Controller('workspace')
export class WorkspaceController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  facts(): WorkspaceFacts {
    return { phoneRegion: this.config.defaultPhoneRegion, currency: this.config.orders.currency };
  }
}
