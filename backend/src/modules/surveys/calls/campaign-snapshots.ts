import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CampaignRecord } from '../campaign.entity';

/** How long a process trusts what it read of a campaign; a pause or an edit reaches it within this time. */
const FRESH_MS = 2000;

/**
 * The campaigns being called for, with their survey and questions, read at most every two seconds per campaign
 * instead of once per call or per answer. A stop needs no freshness: it skips the waiting attempts in the
 * database, and only a `scheduled` attempt can be claimed.
 */
@Injectable()
export class CampaignSnapshots {
  private readonly read = new Map<string, { at: number; campaign: Promise<CampaignRecord | null> }>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  of(campaignId: string, now = Date.now()): Promise<CampaignRecord | null> {
    const cached = this.read.get(campaignId);
    if (cached && now - cached.at < FRESH_MS) return cached.campaign;
    const campaign = this.db.manager.findOne(CampaignRecord, {
      where: { id: campaignId },
      relations: { survey: { questions: true } },
    });
    this.read.set(campaignId, { at: now, campaign });
    campaign.catch(() => this.read.delete(campaignId));
    return campaign;
  }
}
