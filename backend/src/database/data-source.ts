import 'reflect-metadata';
import { standaloneDataSource } from './standalone-data-source';

/** Used by the TypeORM CLI (`migration:generate`). */
export default standaloneDataSource(process.env['DATABASE_URL'] ?? '');
