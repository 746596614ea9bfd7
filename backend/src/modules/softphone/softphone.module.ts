import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { SoftphoneController } from './softphone.controller';
import { SoftphoneService } from './softphone.service';

/** Each agent's softphone settings (SIP over WebSocket), served over the authenticated API. */
@Module({
  imports: [UsersModule],
  controllers: [SoftphoneController],
  providers: [SoftphoneService],
})
export class SoftphoneModule {}
