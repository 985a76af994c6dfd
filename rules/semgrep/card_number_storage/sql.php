<?php
// SQL in PDO / Doctrine DBAL strings and Doctrine migrations' addSql().
function saveCard(PDO $pdo, array $c): void
{
    // ruleid: card-number-sql-insert
    $stmt = $pdo->prepare('INSERT INTO wallet_card (user_id, ccnum, exp) ' . 'VALUES (:u, :n, :e)');
    // ruleid: card-number-sql-update
    $pdo->exec("UPDATE wallet_card SET exp = '{$c['exp']}', ccnum = '{$c['n']}' WHERE user_id = 3");
    // ok: card-number-sql-update
    $pdo->exec("UPDATE wallet_card SET card_fingerprint = :f WHERE user_id = 3");
}

final class Version20240101000000 extends AbstractMigration
{
    public function up(Schema $schema): void
    {
        // ruleid: card-number-sql-column
        $this->addSql('CREATE TABLE wallet_card (id INT NOT NULL, user_id INT NOT NULL, card_number VARCHAR(19) NOT NULL, PRIMARY KEY(id))');
        // ok: card-number-sql-column
        $this->addSql('CREATE TABLE room_key (id INT NOT NULL, key_card_number VARCHAR(24) NOT NULL, PRIMARY KEY(id))');
    }
}
