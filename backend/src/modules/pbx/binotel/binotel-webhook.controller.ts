import { Body, Controller, HttpCode, HttpStatus, Post, Query, Req } from '@nestjs/common';
import { Request } from 'express';
import { Public } from '../../../core/auth/auth.decorators';
import { BinotelWebhookService } from './binotel-webhook.service';

/**
 * Binotel posts call events here (`.../api/pbx/binotel?secret=...`). No bearer token: Binotel cannot send
 * one, so the shared secret and the source-address allow-list authenticate it instead.
 */
@Controller('pbx/binotel')
export class BinotelWebhookController {
  constructor(private readonly webhooks: BinotelWebhookService) {}

  @Public()
  @Post()
  @HttpCode(HttpStatus.OK)
  receive(@Body() body: unknown, @Query('secret') secret: unknown, @Req() request: Request): Promise<object> {
    return this.webhooks.receive(body, secret, request.socket.remoteAddress);
  }
}
