import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Campaign, CampaignCounts, CampaignStatus } from '@switchboard/contracts';
import { DataSource, In } from 'typeorm';
import { ValidationFailedError } from '../../core/http/domain-error';
import { ClientsService } from '../clients/clients.service';
import { OrderStagesService } from '../orders/order-stages.service';
import { CAMPAIGN_COUNTS_SQL } from './campaign-counts.sql';
import { campaignRuleErrors } from './campaign-rules';
import { CampaignRecord } from './campaign.entity';
import { NO_ATTEMPTS, toCampaignView } from './campaign.mapper';
import { SaveCampaignDto } from './dto/save-campaign.dto';
import { SurveyAttemptRecord } from './survey-attempt.entity';
import { CampaignNotFoundError, CampaignTransitionError } from './surveys.errors';
import { SurveysService } from './surveys.service';

/** Which statuses each action leaves from, and where it goes. */
const TRANSITIONS: Record<'start' | 'pause' | 'resume' | 'stop', [CampaignStatus[], CampaignStatus]> = {
  start: [['draft'], 'running'],
  pause: [['running'], 'paused'],
  resume: [['paused'], 'running'],
  stop: [['draft', 'running', 'paused'], 'stopped'],
};
export type CampaignAction = keyof typeof TRANSITIONS;

/** Campaigns: which survey, whom, when and how often; started, paused, resumed and stopped by admins. */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly surveys: SurveysService,
    private readonly stages: OrderStagesService,
    private readonly clients: ClientsService,
  ) {}

  async list(): Promise<Campaign[]> {
    const campaigns = await this.db.manager.find(CampaignRecord, {
      relations: { survey: true },
      order: { createdAt: 'DESC' },
    });
    const counts = await this.counts(campaigns.map((campaign) => campaign.id));
    return campaigns.map((campaign) => toCampaignView(campaign, counts.get(campaign.id)));
  }

  async get(id: string): Promise<Campaign> {
    const campaign = await this.record(id);
    return toCampaignView(campaign, (await this.counts([id])).get(id));
  }

  async create(dto: SaveCampaignDto): Promise<Campaign> {
    const fields = await this.fields(dto);
    const { id } = await this.db.manager.save(CampaignRecord, this.db.manager.create(CampaignRecord, fields));
    return this.get(id);
  }

  async update(id: string, dto: SaveCampaignDto): Promise<Campaign> {
    const campaign = await this.record(id);
    if (campaign.status === 'stopped') throw new CampaignTransitionError('stopped', 'be changed');
    await this.db.manager.save(CampaignRecord, { ...campaign, ...(await this.fields(dto)) });
    return this.get(id);
  }

  /** A stopped campaign's waiting attempts are skipped; a paused one's wait in the queue until it resumes. */
  async transit(id: string, action: CampaignAction): Promise<Campaign> {
    const [from, to] = TRANSITIONS[action];
    const moved = await this.db.manager.update(CampaignRecord, { id, status: In(from) }, { status: to });
    if (!moved.affected) {
      const campaign = await this.record(id);
      throw new CampaignTransitionError(campaign.status, action);
    }
    if (to === 'stopped') {
      await this.db.manager.update(
        SurveyAttemptRecord,
        { campaignId: id, state: 'scheduled' },
        { state: 'skipped', note: 'the campaign was stopped' },
      );
    }
    return this.get(id);
  }

  async record(id: string): Promise<CampaignRecord> {
    const campaign = await this.db.manager.findOne(CampaignRecord, {
      where: { id },
      relations: { survey: true },
    });
    if (!campaign) throw new CampaignNotFoundError(id);
    return campaign;
  }

  private async fields(dto: SaveCampaignDto): Promise<Partial<CampaignRecord>> {
    const errors = campaignRuleErrors(dto);
    const doNotCall = dto.doNotCall.map((number) => this.clients.normalizePhone(number));
    doNotCall.forEach((number, index) => {
      if (!number)
        errors.push({ field: `doNotCall.${index}`, code: 'INVALID_FORMAT', reason: 'is not a phone number' });
    });
    if (
      dto.trigger.kind === 'orderStage' &&
      dto.trigger.stageId &&
      !(await this.stageExists(dto.trigger.stageId))
    ) {
      errors.push({ field: 'trigger.stageId', code: 'NOT_FOUND', reason: 'names no funnel stage' });
    }
    if (errors.length > 0) throw new ValidationFailedError(errors);
    const survey = await this.surveys.record(dto.surveyId);
    const trigger =
      dto.trigger.kind === 'orderStage'
        ? { kind: 'orderStage' as const, stageId: dto.trigger.stageId ?? '' }
        : { kind: dto.trigger.kind };
    return {
      name: dto.name,
      survey,
      trigger,
      delayMinutes: dto.delayMinutes,
      window: {
        from: dto.window.from,
        to: dto.window.to,
        days: [...dto.window.days].sort(),
        timeZone: dto.window.timeZone,
      },
      maxAttempts: dto.maxAttempts,
      retryMinutes: {
        noAnswer: dto.retryMinutes.noAnswer,
        busy: dto.retryMinutes.busy,
        failed: dto.retryMinutes.failed,
      },
      maxConcurrentCalls: dto.maxConcurrentCalls,
      consentRequired: dto.consentRequired,
      doNotCall: [...new Set(doNotCall.filter((number): number is string => !!number))],
    };
  }

  private async stageExists(id: string): Promise<boolean> {
    return (await this.stages.list()).some((stage) => stage.id === id);
  }

  private async counts(ids: string[]): Promise<Map<string, CampaignCounts>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.db.query(CAMPAIGN_COUNTS_SQL, [ids])) as (CampaignCounts & {
      campaignId: string;
    })[];
    return new Map(rows.map(({ campaignId, ...counts }) => [campaignId, { ...NO_ATTEMPTS, ...counts }]));
  }
}
