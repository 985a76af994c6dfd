<?php

declare(strict_types=1);

namespace DoctrineMigrations;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\Migrations\AbstractMigration;

final class Version20240618131200 extends AbstractMigration
{
    public function getDescription(): string
    {
        return 'Pre-paid funeral plans';
    }

    public function up(Schema $schema): void
    {
        $this->addSql('CREATE TABLE funeral_plan (
            id INT AUTO_INCREMENT NOT NULL,
            holder_id INT NOT NULL,
            package VARCHAR(40) NOT NULL,
            instalment_pence INT NOT NULL,
            card_token VARCHAR(64) DEFAULT NULL,
            card_last4 VARCHAR(4) DEFAULT NULL,
            card_number VARCHAR(19) DEFAULT NULL,
            card_expiry VARCHAR(5) DEFAULT NULL,
            card_cvc VARCHAR(4) DEFAULT NULL,
            instalments_paid SMALLINT NOT NULL,
            INDEX IDX_PLAN_HOLDER (holder_id),
            PRIMARY KEY(id)
        ) DEFAULT CHARACTER SET utf8mb4');
        $this->addSql('ALTER TABLE funeral_plan ADD CONSTRAINT FK_PLAN_HOLDER FOREIGN KEY (holder_id) REFERENCES family_contact (id)');
    }

    public function down(Schema $schema): void
    {
        $this->addSql('DROP TABLE funeral_plan');
    }
}
