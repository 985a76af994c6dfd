<?php
final class Version20240101000001 extends AbstractMigration
{
    public function up(Schema $schema): void
    {
        // ruleid: card-security-code-sql-column-beside-card-number, card-security-code-sql-column
        $this->addSql('CREATE TABLE hold (id INT NOT NULL, card_number VARCHAR(19) NOT NULL, security_code VARCHAR(4) DEFAULT NULL, PRIMARY KEY(id))');
        // not card-security-code-sql-column-beside-card-number; card-security-code-sql-column matches an e-mail code here and the record gate (scanner/code/records.py) drops it
        // ruleid: card-security-code-sql-column
        $this->addSql('CREATE TABLE login_otp (id INT NOT NULL, verification_code VARCHAR(6) NOT NULL, PRIMARY KEY(id))');
    }
}

function code_field_options()
{
    // ok: card-security-code-sql-column
    return ['label' => __("CVV number"), 'required' => true];
}
