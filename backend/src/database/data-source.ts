import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { databaseOptions } from '../core/database/database-options';

/** Used by the TypeORM CLI (`migration:generate`) and `npm run migrate`. */
export default new DataSource(databaseOptions(process.env['DATABASE_URL'] ?? ''));
