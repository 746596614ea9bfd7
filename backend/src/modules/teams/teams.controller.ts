import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Put } from '@nestjs/common';
import { Team } from '@switchboard/contracts';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { UuidParam } from '../../core/http/uuid-param';
import { SaveTeamDto } from './dto/save-team.dto';
import { TeamsService } from './teams.service';

/** Admins keep the teams; supervisors read the teams they are in. */
@Controller('teams')
@Roles('supervisor', 'admin')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get()
  list(@CurrentUser() user: AuthenticatedUser): Promise<Team[]> {
    return this.teams.list(user);
  }

  @Get(':id')
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<Team> {
    return this.teams.get(id, user);
  }

  @Post()
  @Roles('admin')
  create(@Body() dto: SaveTeamDto): Promise<Team> {
    return this.teams.create(dto);
  }

  @Put(':id')
  @Roles('admin')
  update(@UuidParam('id') id: string, @Body() dto: SaveTeamDto): Promise<Team> {
    return this.teams.update(id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@UuidParam('id') id: string): Promise<void> {
    return this.teams.remove(id);
  }
}
