import { Controller, Get, HttpCode, HttpStatus, Ip, Param, Post, Res } from '@nestjs/common';
import { RecordingLink } from '@switchboard/contracts';
import { Response } from 'express';
import { CurrentUser, Public } from '../../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../../core/auth/authenticated-user';
import { UuidParam } from '../../../core/http/uuid-param';
import { CallRecordings } from './call-recordings.service';

const CONTENT_TYPES: Record<string, string> = {
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  gsm: 'audio/x-gsm',
};

/** A call's recording: a link for whoever may see the call, and the file behind a valid link. */
@Controller()
export class CallRecordingsController {
  constructor(private readonly recordings: CallRecordings) {}

  @Post('calls/:id/recording-link')
  @HttpCode(HttpStatus.OK)
  link(
    @UuidParam('id') id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Ip() address: string,
  ): Promise<RecordingLink> {
    return this.recordings.link(id, user, address);
  }

  /** No bearer token: an `<audio>` element cannot send one; the signed link stands in for it. */
  @Public()
  @Get('recordings/:grant')
  async play(@Param('grant') grant: string, @Res() response: Response): Promise<void> {
    const path = await this.recordings.file(grant);
    response.sendFile(path, {
      acceptRanges: true,
      dotfiles: 'deny',
      headers: {
        'Content-Type': CONTENT_TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream',
        'Cache-Control': 'private, no-store',
      },
    });
  }
}
