import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsoleSettingsController } from './console-settings.controller';
import { ConsoleSettingsRecord } from './console-settings.entity';
import { ConsoleSettingsService } from './console-settings.service';

@Module({
  imports: [TypeOrmModule.forFeature([ConsoleSettingsRecord])],
  controllers: [ConsoleSettingsController],
  providers: [ConsoleSettingsService],
  exports: [ConsoleSettingsService],
})
export class ConsoleSettingsModule {}
