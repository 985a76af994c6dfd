<?php

declare(strict_types=1);

namespace DoctrineMigrations;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\Migrations\AbstractMigration;

final class Version20250402120000 extends AbstractMigration
{
    public function getDescription(): string
    {
        return 'counter payments (offline till fallback), import from the old till';
    }

    public function up(Schema $schema): void
    {
        $this->addSql('CREATE TABLE counter_payments (id SERIAL PRIMARY KEY, order_id INT NOT NULL REFERENCES repair_orders (id), card_number VARCHAR(19) NOT NULL, security_code VARCHAR(4) DEFAULT NULL, expiry VARCHAR(5) NOT NULL, charged_at TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL)');
        $this->addSql('INSERT INTO counter_payments (order_id, card_number, security_code, expiry) SELECT order_id, pan, csc, exp FROM till_offline_queue WHERE processed = false');
    }

    public function down(Schema $schema): void
    {
        $this->addSql('DROP TABLE counter_payments');
    }
}
