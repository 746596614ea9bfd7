import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseEnumPipe, Post, Put } from '@nestjs/common';
import { AddCampaignTargetsResponse, Campaign } from '@switchboard/contracts';
import { Roles } from '../../core/auth/auth.decorators';
import { UuidParam } from '../../core/http/uuid-param';
import { CampaignTargetsService } from './campaign-targets.service';
import { CampaignAction, CampaignsService } from './campaigns.service';
import { AddCampaignTargetsDto, SaveCampaignDto } from './dto/save-campaign.dto';

const ACTIONS = { start: 'start', pause: 'pause', resume: 'resume', stop: 'stop' } as const;

/** Admins run campaigns; supervisors see how they stand. */
@Controller('campaigns')
@Roles('supervisor', 'admin')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly targets: CampaignTargetsService,
  ) {}

  @Get()
  list(): Promise<Campaign[]> {
    return this.campaigns.list();
  }

  @Get(':id')
  get(@UuidParam('id') id: string): Promise<Campaign> {
    return this.campaigns.get(id);
  }

  @Post()
  @Roles('admin')
  create(@Body() dto: SaveCampaignDto): Promise<Campaign> {
    return this.campaigns.create(dto);
  }

  @Put(':id')
  @Roles('admin')
  update(@UuidParam('id') id: string, @Body() dto: SaveCampaignDto): Promise<Campaign> {
    return this.campaigns.update(id, dto);
  }

  @Post(':id/targets')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  addTargets(
    @UuidParam('id') id: string,
    @Body() dto: AddCampaignTargetsDto,
  ): Promise<AddCampaignTargetsResponse> {
    return this.targets.add(id, dto);
  }

  @Post(':id/:action')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  transit(
    @UuidParam('id') id: string,
    @Param('action', new ParseEnumPipe(ACTIONS)) action: CampaignAction,
  ): Promise<Campaign> {
    return this.campaigns.transit(id, action);
  }
}
