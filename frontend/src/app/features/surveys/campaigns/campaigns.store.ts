import { Injectable, computed, inject, signal } from '@angular/core';
import {
  Campaign,
  ClientSegment,
  OrderStage,
  SaveCampaignRequest,
  SurveySummary,
} from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { SaveResult } from '../../../core/http/save-result';
import { surveysFailureKey, toFormFailure } from '../shared/survey-errors';
import { CampaignAction, SurveysApiService } from '../surveys-api.service';

const byName = <T extends { name: string }>(items: T[]): T[] =>
  [...items].sort((a, b) => a.name.localeCompare(b.name));

/** Settings → Campaigns: the list, what the editor picks from, and the actions that start and stop calling. */
@Injectable()
export class CampaignsStore {
  private readonly api = inject(SurveysApiService);

  readonly campaigns = signal<Campaign[]>([]);
  readonly loading = signal(false);
  readonly loaded = signal(false);
  readonly errorKey = signal<string | null>(null);
  readonly empty = computed(
    () => this.loaded() && !this.loading() && this.errorKey() === null && this.campaigns().length === 0,
  );
  /** The campaign a start, pause, resume or stop is under way for. */
  readonly acting = signal<string | null>(null);

  /** For the editor: the surveys to call and the funnel's stages. */
  readonly surveys = signal<SurveySummary[]>([]);
  readonly stages = signal<OrderStage[]>([]);
  readonly choicesErrorKey = signal<string | null>(null);
  readonly segments = signal<ClientSegment[]>([]);

  async load(): Promise<void> {
    this.loading.set(true);
    this.errorKey.set(null);
    try {
      this.campaigns.set(byName(await firstValueFrom(this.api.campaigns())));
      this.loaded.set(true);
    } catch (error: unknown) {
      this.errorKey.set(surveysFailureKey(error));
    } finally {
      this.loading.set(false);
    }
  }

  /** Loads the list unless it is here already (the editor opened from the list, or by its address). */
  async ensureLoaded(): Promise<void> {
    if (!this.loaded()) await this.load();
  }

  find(campaignId: string): Campaign | null {
    return this.campaigns().find((campaign) => campaign.id === campaignId) ?? null;
  }

  async loadChoices(): Promise<void> {
    this.choicesErrorKey.set(null);
    try {
      const [surveys, stages] = await Promise.all([
        firstValueFrom(this.api.surveys()),
        firstValueFrom(this.api.stages()),
      ]);
      this.surveys.set(byName(surveys));
      this.stages.set([...stages].sort((a, b) => a.position - b.position));
    } catch (error: unknown) {
      this.choicesErrorKey.set(surveysFailureKey(error));
    }
  }

  /** Saved client segments, for "Add clients"; an empty list when they cannot be read. */
  async loadSegments(): Promise<void> {
    try {
      this.segments.set(byName(await firstValueFrom(this.api.segments())));
    } catch {
      this.segments.set([]);
    }
  }

  /** Creates (`campaignId` null) or replaces a campaign; refused fields come back by their path in the request. */
  async save(request: SaveCampaignRequest, campaignId: string | null): Promise<SaveResult<Campaign>> {
    try {
      const saved = await firstValueFrom(this.api.saveCampaign(request, campaignId));
      this.put(saved);
      return { ok: true, value: saved };
    } catch (error: unknown) {
      return toFormFailure(error, (field) => field);
    }
  }

  /** Starts, pauses, resumes or stops calling; answers the failure's message key, or null. */
  async act(campaign: Campaign, action: CampaignAction): Promise<string | null> {
    this.acting.set(campaign.id);
    try {
      this.put(await firstValueFrom(this.api.campaignAction(campaign.id, action)));
      return null;
    } catch (error: unknown) {
      return surveysFailureKey(error);
    } finally {
      this.acting.set(null);
    }
  }

  /** Puts everyone in a saved segment into a manual campaign; answers how many were added. */
  async addSegment(campaign: Campaign, segmentId: string): Promise<SaveResult<number>> {
    try {
      const { added } = await firstValueFrom(this.api.addTargets(campaign.id, { segmentId }));
      void this.load();
      return { ok: true, value: added };
    } catch (error: unknown) {
      return { ok: false, fieldErrors: {}, messageKey: surveysFailureKey(error) };
    }
  }

  private put(campaign: Campaign): void {
    const others = this.campaigns().filter((item) => item.id !== campaign.id);
    this.campaigns.set(byName([...others, campaign]));
  }
}
