import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { Page, Task } from '@switchboard/contracts';
import { CurrentUser } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { UuidParam } from '../../core/http/uuid-param';
import { CreateTaskDto } from './dto/create-task.dto';
import { ListTasksQuery } from './dto/list-tasks.query';
import { TasksService } from './tasks.service';

/** Every signed-in role keeps tasks; `scope=all` is for supervisors and admins. */
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  list(@Query() query: ListTasksQuery, @CurrentUser() user: AuthenticatedUser): Promise<Page<Task>> {
    return this.tasks.list(query, user);
  }

  @Post()
  create(@Body() dto: CreateTaskDto, @CurrentUser() user: AuthenticatedUser): Promise<Task> {
    return this.tasks.create(dto, user);
  }

  @Post(':id/done')
  @HttpCode(HttpStatus.OK)
  complete(@UuidParam('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<Task> {
    return this.tasks.complete(id, user);
  }
}
