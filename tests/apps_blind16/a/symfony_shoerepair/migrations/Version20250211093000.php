<?php

declare(strict_types=1);

namespace DoctrineMigrations;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\Migrations\AbstractMigration;

final class Version20250211093000 extends AbstractMigration
{
    public function getDescription(): string
    {
        return 'customers, repair orders, loyalty cards';
    }

    public function up(Schema $schema): void
    {
        $this->addSql('CREATE TABLE customers (id SERIAL PRIMARY KEY, full_name VARCHAR(120) NOT NULL, email VARCHAR(180) NOT NULL UNIQUE, phone VARCHAR(32) DEFAULT NULL, return_address TEXT DEFAULT NULL, marketing_opt_in BOOLEAN DEFAULT false NOT NULL)');
        $this->addSql('CREATE TABLE repair_orders (id SERIAL PRIMARY KEY, customer_id INT NOT NULL REFERENCES customers (id), item VARCHAR(60) NOT NULL, service VARCHAR(30) NOT NULL, price_pence INT NOT NULL, status VARCHAR(20) NOT NULL, payment_ref VARCHAR(64) DEFAULT NULL, card_last4 VARCHAR(4) DEFAULT NULL)');
        $this->addSql('CREATE TABLE loyalty_cards (id SERIAL PRIMARY KEY, customer_id INT DEFAULT NULL REFERENCES customers (id), loyalty_card_number VARCHAR(12) NOT NULL UNIQUE, stamps INT NOT NULL)');
    }

    public function down(Schema $schema): void
    {
        $this->addSql('DROP TABLE loyalty_cards');
        $this->addSql('DROP TABLE repair_orders');
        $this->addSql('DROP TABLE customers');
    }
}
