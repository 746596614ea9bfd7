import { access } from 'node:fs/promises';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RecordingLink } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from '../../../core/auth/authenticated-user';
import { grantKey, signGrant, verifyGrant } from '../../../core/auth/signed-grants';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/config.module';
import { CallEntity } from '../call.entity';
import { RecordingNotFoundError } from '../calls.errors';
import { CallsService } from '../calls.service';
import { recordingPath } from './recording-path';
import { RecordingPlaybackRecord } from './recording-playback.entity';

/** Long enough to listen to a long call with pauses; the browser's range requests use the same link. */
const LINK_TTL_SECONDS = 60 * 60;

interface RecordingGrant {
  callId: string;
  userId: string;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Call recordings for the users who may see the call. Pressing play asks for a link (that press is the audited
 * playback); the link names the call and the user, signed, so an `<audio>` element can fetch and seek it with
 * range requests without the bearer token, and no path from the client ever reaches the file system.
 */
@Injectable()
export class CallRecordings {
  private readonly key: Buffer;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calls: CallsService,
  ) {
    this.key = grantKey(config.auth.jwtSecret, 'recording link');
  }

  async link(callId: string, user: AuthenticatedUser, address: string | undefined): Promise<RecordingLink> {
    const call = await this.calls.visible(callId, user);
    await this.existingFile(call);
    await this.db.manager.insert(RecordingPlaybackRecord, {
      callId,
      userId: user.id,
      address: address?.slice(0, 64) ?? null,
    });
    const exp = nowSeconds() + LINK_TTL_SECONDS;
    const grant = signGrant<RecordingGrant>(this.key, { callId, userId: user.id, exp });
    return { url: `/api/recordings/${grant}`, expiresAt: new Date(exp * 1000).toISOString() };
  }

  /** The file a link plays, while it is valid and its call still has the recording. */
  async file(grant: string): Promise<string> {
    const { callId } = verifyGrant<RecordingGrant>(this.key, grant, nowSeconds()) ?? {};
    if (typeof callId !== 'string') throw new RecordingNotFoundError('this link');
    const call = await this.db.manager.findOneBy(CallEntity, { id: callId });
    if (!call) throw new RecordingNotFoundError(callId);
    return this.existingFile(call);
  }

  private async existingFile(call: CallEntity): Promise<string> {
    const path = recordingPath(call.recording, this.config.pbx.recordingsDir);
    const found =
      path !== null &&
      (await access(path).then(
        () => true,
        () => false,
      ));
    if (!path || !found) throw new RecordingNotFoundError(call.id);
    return path;
  }
}
