import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tasks and reminders, with at most one call-back per missed call. */
export class CreateTasks1764601000000 implements MigrationInterface {
  name = 'CreateTasks1764601000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "tasks" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "kind" character varying(16) NOT NULL, "title" character varying(200) NOT NULL, "client_id" uuid, "call_id" uuid, "queue" character varying(64), "due_at" TIMESTAMP WITH TIME ZONE, "done_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "assignee_id" uuid, "created_by" uuid, CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "tasks_call_back_unique" ON "tasks" ("call_id") WHERE "call_id" IS NOT NULL AND "kind" = 'call-back'`,
    );
    await queryRunner.query(`CREATE INDEX "tasks_queue_open" ON "tasks" ("queue") WHERE "done_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "tasks_assignee" ON "tasks" ("assignee_id", "done_at")`);
    await queryRunner.query(
      `CREATE INDEX "tasks_client_open" ON "tasks" ("client_id") WHERE "done_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "tasks_client_fk" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_fk" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "tasks_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "tasks_assignee_fk"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "tasks_client_fk"`);
    await queryRunner.query(`DROP TABLE "tasks"`);
  }
}
