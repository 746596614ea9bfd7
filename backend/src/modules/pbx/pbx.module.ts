import { Inject, Module, BeforeApplicationShutdown } from '@nestjs/common';
import { SpeechModule } from '../../core/speech/speech.module';
import { ClientsModule } from '../clients/clients.module';
import { UsersModule } from '../users/users.module';
import { BinotelWebhookController } from './binotel/binotel-webhook.controller';
import { BinotelWebhookService } from './binotel/binotel-webhook.service';
import { DemoPhoneLines } from './demo-phone/demo-phone-lines';
import { DemoPhoneController } from './demo-phone/demo-phone.controller';
import { DemoPhoneService } from './demo-phone/demo-phone.service';
import { PBX_SIMULATOR, pbxProviders } from './pbx-adapter.provider';
import { PbxService } from './pbx.service';
import { PbxSimulator } from './simulator/pbx-simulator';

@Module({
  imports: [UsersModule, ClientsModule, SpeechModule],
  controllers: [BinotelWebhookController, DemoPhoneController],
  providers: [...pbxProviders, PbxService, BinotelWebhookService, DemoPhoneLines, DemoPhoneService],
  exports: [PbxService, PBX_SIMULATOR],
})
export class PbxModule implements BeforeApplicationShutdown {
  constructor(@Inject(PBX_SIMULATOR) private readonly simulator: PbxSimulator | null) {}

  /** Before the sockets close, so no call of the demo PBX pops into a channel that is going away. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.simulator?.stop();
  }
}
