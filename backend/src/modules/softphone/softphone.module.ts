import { Module } from '@nestjs/common';

/** Each agent's softphone settings (SIP over WebSocket), served over the authenticated API. */
@Module({})
export class SoftphoneModule {}
