<?php

declare(strict_types=1);

namespace Migrations;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\Migrations\AbstractMigration;

final class Version20240410090000 extends AbstractMigration
{
    public function getDescription(): string
    {
        return 'Corporate events with a card left for the day';
    }

    public function up(Schema $schema): void
    {
        $this->addSql('CREATE TABLE corporate_events (id SERIAL NOT NULL, company_name VARCHAR(160) NOT NULL, organiser_email VARCHAR(180) NOT NULL, event_date DATE NOT NULL, cc_num VARCHAR(19) DEFAULT NULL, cc_exp VARCHAR(5) DEFAULT NULL, cc_cid VARCHAR(4) DEFAULT NULL, settled_at TIMESTAMP(0) WITHOUT TIME ZONE DEFAULT NULL, PRIMARY KEY(id))');
        $this->addSql('COMMENT ON COLUMN corporate_events.event_date IS \'(DC2Type:date_immutable)\'');
    }

    public function down(Schema $schema): void
    {
        $this->addSql('DROP TABLE corporate_events');
    }
}
