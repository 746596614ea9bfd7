import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { databaseOptions } from './database-options';

/** PostgreSQL through TypeORM; never synchronize. */
@Module({})
export class DatabaseModule {
  /**
   * Without `entities`, those the loaded modules register with `forFeature`. A process that loads only
   * some modules (the worker) names every entity, so relations into modules it leaves out still resolve.
   */
  static forRoot(entities?: string[]): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...databaseOptions(config.databaseUrl),
            ...(entities ? { entities } : { autoLoadEntities: true }),
          }),
        }),
      ],
    };
  }
}
