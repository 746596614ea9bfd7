import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../users/user.entity';
import { SoftphoneController } from './softphone.controller';
import { SoftphoneService } from './softphone.service';

/** Each agent's softphone settings (SIP over WebSocket), served over the authenticated API. */
@Module({
  imports: [TypeOrmModule.forFeature([User])],
  controllers: [SoftphoneController],
  providers: [SoftphoneService],
})
export class SoftphoneModule {}
