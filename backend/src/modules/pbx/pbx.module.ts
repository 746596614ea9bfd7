import { Inject, Module, BeforeApplicationShutdown } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module';
import { UsersModule } from '../users/users.module';
import { BinotelWebhookController } from './binotel/binotel-webhook.controller';
import { BinotelWebhookService } from './binotel/binotel-webhook.service';
import { PBX_SIMULATOR, pbxProviders } from './pbx-adapter.provider';
import { PbxService } from './pbx.service';
import { PbxSimulator } from './simulator/pbx-simulator';

@Module({
  imports: [UsersModule, ClientsModule],
  controllers: [BinotelWebhookController],
  providers: [...pbxProviders, PbxService, BinotelWebhookService],
  exports: [PbxService],
})
export class PbxModule implements BeforeApplicationShutdown {
  constructor(@Inject(PBX_SIMULATOR) private readonly simulator: PbxSimulator | null) {}

  /** Before the sockets close, so no call of the demo PBX pops into a channel that is going away. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.simulator?.stop();
  }
}
