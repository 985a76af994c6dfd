<?php

declare(strict_types=1);

namespace DoctrineMigrations;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\Migrations\AbstractMigration;

final class Version20240312094500 extends AbstractMigration
{
    public function getDescription(): string
    {
        return 'Family contacts and arrangements';
    }

    public function up(Schema $schema): void
    {
        $this->addSql('CREATE TABLE family_contact (id INT AUTO_INCREMENT NOT NULL, name VARCHAR(160) NOT NULL, email VARCHAR(180) NOT NULL, phone VARCHAR(32) NOT NULL, address VARCHAR(255) NOT NULL, relationship VARCHAR(40) NOT NULL, zendesk_user_id INT DEFAULT NULL, PRIMARY KEY(id)) DEFAULT CHARACTER SET utf8mb4');
        $this->addSql('CREATE TABLE arrangement (id INT AUTO_INCREMENT NOT NULL, arranger_id INT NOT NULL, reference VARCHAR(20) NOT NULL, deceased_name VARCHAR(200) NOT NULL, date_of_birth DATE NOT NULL, date_of_death DATE NOT NULL, service_type VARCHAR(20) NOT NULL, status VARCHAR(20) NOT NULL, updated_at DATETIME NOT NULL, UNIQUE INDEX UNIQ_ARR_REF (reference), INDEX IDX_ARR_ARRANGER (arranger_id), PRIMARY KEY(id)) DEFAULT CHARACTER SET utf8mb4');
        $this->addSql('ALTER TABLE arrangement ADD CONSTRAINT FK_ARR_ARRANGER FOREIGN KEY (arranger_id) REFERENCES family_contact (id)');
    }

    public function down(Schema $schema): void
    {
        $this->addSql('DROP TABLE arrangement');
        $this->addSql('DROP TABLE family_contact');
    }
}
