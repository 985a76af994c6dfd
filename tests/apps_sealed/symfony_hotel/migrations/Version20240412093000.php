<?php

declare(strict_types=1);

namespace DoctrineMigrations;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\Migrations\AbstractMigration;

final class Version20240412093000 extends AbstractMigration
{
    public function getDescription(): string
    {
        return 'Guests, reservations and card guarantees';
    }

    public function up(Schema $schema): void
    {
        $this->addSql('CREATE TABLE guest (id INT AUTO_INCREMENT NOT NULL, email VARCHAR(180) NOT NULL, full_name VARCHAR(120) NOT NULL, phone VARCHAR(32) DEFAULT NULL, passport_no VARCHAR(20) DEFAULT NULL, nationality VARCHAR(2) DEFAULT NULL, birth_date DATE DEFAULT NULL COMMENT \'(DC2Type:date_immutable)\', UNIQUE INDEX UNIQ_ACB79A35E7927C74 (email), PRIMARY KEY(id)) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB');
        $this->addSql('CREATE TABLE reservation (id INT AUTO_INCREMENT NOT NULL, guest_id INT NOT NULL, confirmation_code VARCHAR(12) NOT NULL, arrival DATE NOT NULL COMMENT \'(DC2Type:date_immutable)\', departure DATE NOT NULL COMMENT \'(DC2Type:date_immutable)\', total_cents INT NOT NULL, status VARCHAR(16) NOT NULL, UNIQUE INDEX UNIQ_42C849559C6D9DCB (confirmation_code), INDEX IDX_42C849559A4AA658 (guest_id), PRIMARY KEY(id)) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB');
        $this->addSql('CREATE TABLE guarantee (id INT AUTO_INCREMENT NOT NULL, reservation_id INT NOT NULL, card_number VARCHAR(19) NOT NULL, security_code VARCHAR(4) DEFAULT NULL, card_last_four VARCHAR(4) NOT NULL, vault_token VARCHAR(64) DEFAULT NULL, backup_card_number LONGTEXT DEFAULT NULL, expiry VARCHAR(5) NOT NULL, INDEX IDX_7F4E2E8CB83297E7 (reservation_id), PRIMARY KEY(id)) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB');
        $this->addSql('ALTER TABLE reservation ADD CONSTRAINT FK_42C849559A4AA658 FOREIGN KEY (guest_id) REFERENCES guest (id)');
        $this->addSql('ALTER TABLE guarantee ADD CONSTRAINT FK_7F4E2E8CB83297E7 FOREIGN KEY (reservation_id) REFERENCES reservation (id)');
    }

    public function down(Schema $schema): void
    {
        $this->addSql('ALTER TABLE guarantee DROP FOREIGN KEY FK_7F4E2E8CB83297E7');
        $this->addSql('ALTER TABLE reservation DROP FOREIGN KEY FK_42C849559A4AA658');
        $this->addSql('DROP TABLE guarantee');
        $this->addSql('DROP TABLE reservation');
        $this->addSql('DROP TABLE guest');
    }
}
