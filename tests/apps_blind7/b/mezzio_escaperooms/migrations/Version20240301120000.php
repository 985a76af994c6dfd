<?php

declare(strict_types=1);

namespace Migrations;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\Migrations\AbstractMigration;

final class Version20240301120000 extends AbstractMigration
{
    public function getDescription(): string
    {
        return 'Bookings and gift vouchers';
    }

    public function up(Schema $schema): void
    {
        $this->addSql('CREATE TABLE bookings (id SERIAL NOT NULL, reference VARCHAR(12) NOT NULL, room_slug VARCHAR(40) NOT NULL, starts_at TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL, lead_name VARCHAR(120) NOT NULL, lead_email VARCHAR(180) NOT NULL, lead_phone VARCHAR(30) DEFAULT NULL, players SMALLINT NOT NULL, total_pence INT NOT NULL, payment_token VARCHAR(64) DEFAULT NULL, card_last4 VARCHAR(4) DEFAULT NULL, voucher_code VARCHAR(16) DEFAULT NULL, status VARCHAR(16) NOT NULL, PRIMARY KEY(id))');
        $this->addSql('CREATE UNIQUE INDEX UNIQ_7A853C35AEA34913 ON bookings (reference)');
        $this->addSql('CREATE INDEX bookings_room_slot_idx ON bookings (room_slug, starts_at)');
        $this->addSql('CREATE TABLE gift_vouchers (code VARCHAR(16) NOT NULL, value_pence INT NOT NULL, redeemed BOOLEAN DEFAULT false NOT NULL, PRIMARY KEY(code))');
    }

    public function down(Schema $schema): void
    {
        $this->addSql('DROP TABLE gift_vouchers');
        $this->addSql('DROP TABLE bookings');
    }
}
