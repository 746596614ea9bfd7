import { basename, dirname, extname } from 'node:path';
import { Controller, Get, HttpCode, HttpStatus, Ip, Param, Post, Res } from '@nestjs/common';
import { ApiError, RecordingLink } from '@switchboard/contracts';
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

const UNREADABLE: ApiError = { code: 'NOT_FOUND', message: 'The recording could not be read' };

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
    const name = basename(path);
    // Relative to the recordings folder, so its own path (`.data/recordings`) is not taken for a dotfile.
    response.sendFile(
      name,
      {
        root: dirname(path),
        acceptRanges: true,
        dotfiles: 'deny',
        headers: {
          'Content-Type': CONTENT_TYPES[extname(name).slice(1)] ?? 'application/octet-stream',
          'Cache-Control': 'private, no-store',
        },
      },
      (error?: Error) => {
        if (error && !response.headersSent) response.status(404).json(UNREADABLE);
      },
    );
  }
}
