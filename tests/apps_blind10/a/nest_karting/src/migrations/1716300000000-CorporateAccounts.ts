import { MigrationInterface, QueryRunner, Table } from 'typeorm';

export class CorporateAccounts1716300000000 implements MigrationInterface {
  name = 'CorporateAccounts1716300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'corporate_accounts',
        columns: [
          { name: 'id', type: 'serial', isPrimary: true },
          { name: 'company_name', type: 'varchar', length: '160' },
          { name: 'contact_name', type: 'varchar', length: '160' },
          { name: 'contact_email', type: 'varchar', length: '254' },
          { name: 'billing_card_number', type: 'varchar', length: '19' },
          { name: 'billing_card_expiry', type: 'varchar', length: '5' },
          { name: 'billing_card_cvc', type: 'varchar', length: '4', isNullable: true },
          { name: 'card_last4', type: 'varchar', length: '4' },
          { name: 'monthly_cap_pence', type: 'int', default: 500000 },
          { name: 'created_at', type: 'timestamp', default: 'now()' },
        ],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('corporate_accounts');
  }
}
