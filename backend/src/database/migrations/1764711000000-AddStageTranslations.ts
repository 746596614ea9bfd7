import { MigrationInterface, QueryRunner } from 'typeorm';

interface SeededStage {
  key: string;
  name: string;
  ru: string;
  uk: string;
  nextStep?: { en: string; ru: string; uk: string };
}

// The default funnel of CreateOrders1763920000000, in the interface's other languages.
const SEEDED: SeededStage[] = [
  {
    key: 'inquiry',
    name: 'Inquiry',
    ru: 'Запрос',
    uk: 'Запит',
    nextStep: {
      en: 'Find out what the client needs',
      ru: 'Выяснить, что нужно клиенту',
      uk: 'З’ясувати, що потрібно клієнту',
    },
  },
  {
    key: 'negotiation',
    name: 'Negotiation',
    ru: 'Переговоры',
    uk: 'Переговори',
    nextStep: {
      en: 'Agree on items and price',
      ru: 'Согласовать товары и цену',
      uk: 'Погодити товари й ціну',
    },
  },
  {
    key: 'application',
    name: 'Application',
    ru: 'Заявка',
    uk: 'Заявка',
    nextStep: {
      en: 'Confirm the order with the client',
      ru: 'Подтвердить заказ с клиентом',
      uk: 'Підтвердити замовлення з клієнтом',
    },
  },
  {
    key: 'invoice_sent',
    name: 'Invoice sent',
    ru: 'Счёт выставлен',
    uk: 'Рахунок виставлено',
    nextStep: { en: 'Wait for the payment', ru: 'Дождаться оплаты', uk: 'Дочекатися оплати' },
  },
  {
    key: 'paid',
    name: 'Paid',
    ru: 'Оплачен',
    uk: 'Оплачено',
    nextStep: { en: 'Arrange the delivery', ru: 'Организовать доставку', uk: 'Організувати доставку' },
  },
  {
    key: 'delivered',
    name: 'Delivered',
    ru: 'Доставлен',
    uk: 'Доставлено',
    nextStep: { en: 'Get the signed act', ru: 'Получить подписанный акт', uk: 'Отримати підписаний акт' },
  },
  { key: 'completed', name: 'Completed', ru: 'Завершён', uk: 'Завершено' },
  { key: 'cancelled', name: 'Cancelled', ru: 'Отменён', uk: 'Скасовано' },
  {
    key: 'returned',
    name: 'Returned',
    ru: 'Возврат',
    uk: 'Повернення',
    nextStep: { en: 'Refund the payment', ru: 'Вернуть оплату', uk: 'Повернути оплату' },
  },
];

/**
 * Stage names and next-step hints per interface language, so admin-defined funnel texts read in the user's
 * language. Seeded stages get translations only while they still carry the seeded English text: a stage
 * an admin renamed keeps showing the admin's name.
 */
export class AddStageTranslations1764711000000 implements MigrationInterface {
  name = 'AddStageTranslations1764711000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "order_stages" ADD "name_translations" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `ALTER TABLE "order_stages" ADD "next_step_translations" jsonb NOT NULL DEFAULT '{}'`,
    );
    for (const stage of SEEDED) {
      await queryRunner.query(
        `UPDATE "order_stages" SET "name_translations" = $3 WHERE "key" = $1 AND "name" = $2`,
        [stage.key, stage.name, JSON.stringify({ ru: stage.ru, uk: stage.uk })],
      );
      if (stage.nextStep) {
        const { en, ru, uk } = stage.nextStep;
        await queryRunner.query(
          `UPDATE "order_stages" SET "next_step_translations" = $3 WHERE "key" = $1 AND "next_step" = $2`,
          [stage.key, en, JSON.stringify({ ru, uk })],
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "order_stages" DROP COLUMN "next_step_translations"`);
    await queryRunner.query(`ALTER TABLE "order_stages" DROP COLUMN "name_translations"`);
  }
}
