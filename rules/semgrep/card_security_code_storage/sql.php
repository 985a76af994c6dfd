<?php
final class Version20240101000001 extends AbstractMigration
{
    public function up(Schema $schema): void
    {
        // ruleid: card-security-code-sql-column-beside-card-number
        $this->addSql('CREATE TABLE hold (id INT NOT NULL, card_number VARCHAR(19) NOT NULL, security_code VARCHAR(4) DEFAULT NULL, PRIMARY KEY(id))');
        // ok: card-security-code-sql-column-beside-card-number
        $this->addSql('CREATE TABLE login_otp (id INT NOT NULL, verification_code VARCHAR(6) NOT NULL, PRIMARY KEY(id))');
    }
}
