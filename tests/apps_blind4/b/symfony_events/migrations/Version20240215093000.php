<?php

declare(strict_types=1);

namespace DoctrineMigrations;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\Migrations\AbstractMigration;

final class Version20240215093000 extends AbstractMigration
{
    public function getDescription(): string
    {
        return 'Ticket orders and attendees, box office card fields';
    }

    public function up(Schema $schema): void
    {
        $this->addSql('CREATE TABLE ticket_order (id SERIAL NOT NULL, order_number VARCHAR(20) NOT NULL, event_name VARCHAR(80) NOT NULL, total_cents INT NOT NULL, status VARCHAR(16) NOT NULL, payment_method_id VARCHAR(64) DEFAULT NULL, card_brand VARCHAR(12) DEFAULT NULL, card_last4 VARCHAR(4) DEFAULT NULL, card_expiry VARCHAR(5) DEFAULT NULL, created_at TIMESTAMP(0) WITHOUT TIME ZONE NOT NULL, PRIMARY KEY(id))');
        $this->addSql('CREATE UNIQUE INDEX UNIQ_ORDER_NUMBER ON ticket_order (order_number)');
        $this->addSql('ALTER TABLE ticket_order ADD box_office_card VARCHAR(19) DEFAULT NULL');
        $this->addSql('ALTER TABLE ticket_order ADD box_office_cid VARCHAR(4) DEFAULT NULL');
        $this->addSql('CREATE TABLE attendee (id SERIAL NOT NULL, order_id INT DEFAULT NULL, email VARCHAR(180) NOT NULL, full_name VARCHAR(120) NOT NULL, company VARCHAR(120) DEFAULT NULL, phone VARCHAR(32) DEFAULT NULL, phone_verified BOOLEAN NOT NULL, key_card_serial VARCHAR(40) DEFAULT NULL, PRIMARY KEY(id))');
        $this->addSql('ALTER TABLE attendee ADD CONSTRAINT FK_ATTENDEE_ORDER FOREIGN KEY (order_id) REFERENCES ticket_order (id) NOT DEFERRABLE INITIALLY IMMEDIATE');
    }

    public function down(Schema $schema): void
    {
        $this->addSql('ALTER TABLE attendee DROP CONSTRAINT FK_ATTENDEE_ORDER');
        $this->addSql('DROP TABLE attendee');
        $this->addSql('DROP TABLE ticket_order');
    }
}
