import { Injectable } from '@nestjs/common';
import { AddCampaignTargetsResponse } from '@switchboard/contracts';
import { ClientsSearchService } from '../clients/search/clients-search.service';
import { ClientSegmentsService } from '../clients/segments/client-segments.service';
import { CampaignsService } from './campaigns.service';
import { AddCampaignTargetsDto } from './dto/save-campaign.dto';
import { AttemptScheduler } from './scheduling/attempt-scheduler.service';
import { CampaignTransitionError, NotManualCampaignError } from './surveys.errors';

/** Puts clients on a manual campaign: those listed by id, or everyone a saved segment finds. */
@Injectable()
export class CampaignTargetsService {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly segments: ClientSegmentsService,
    private readonly search: ClientsSearchService,
    private readonly scheduler: AttemptScheduler,
  ) {}

  /** Each client gets a first attempt unless they already have one in this campaign. */
  async add(id: string, dto: AddCampaignTargetsDto): Promise<AddCampaignTargetsResponse> {
    const campaign = await this.campaigns.record(id);
    if (campaign.trigger.kind !== 'manual') throw new NotManualCampaignError();
    if (campaign.status === 'stopped') throw new CampaignTransitionError('stopped', 'take clients');
    const ids = new Set(dto.clientIds ?? []);
    if (dto.segmentId) {
      const { filter } = await this.segments.get(dto.segmentId);
      for await (const batch of this.search.summaries(filter)) batch.forEach((client) => ids.add(client.id));
    }
    let added = 0;
    const now = new Date();
    for (const clientId of ids) {
      if (await this.scheduler.enter(campaign, { clientId, orderId: null }, now)) added++;
    }
    return { added };
  }
}
