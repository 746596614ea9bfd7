import { DataSource } from 'typeorm';
import { standaloneDataSource } from '../src/database/standalone-data-source';
import { startTestApp, TestApp } from './helpers/test-app';

describe('migrations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('leave the schema exactly as the entities describe it (generate would produce nothing)', async () => {
    const pending = await t.app.get(DataSource).driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('are generated against the same entities the modules register', async () => {
    const tables = (source: DataSource) => source.entityMetadatas.map((entity) => entity.tableName).sort();
    const standalone = await standaloneDataSource(
      (t.app.get(DataSource).options as { url: string }).url,
    ).initialize();
    try {
      expect(tables(standalone)).toEqual(tables(t.app.get(DataSource)));
      expect(standalone.migrations.length).toBeGreaterThanOrEqual(10);
    } finally {
      await standalone.destroy();
    }
  });
});
