import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TaskRecord } from './task.entity';
import { TasksController } from './tasks.controller';
import { TasksMergeListener } from './tasks-merge.listener';
import { TasksService } from './tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([TaskRecord])],
  controllers: [TasksController],
  providers: [TasksService, TasksMergeListener],
  exports: [TasksService],
})
export class TasksModule {}
