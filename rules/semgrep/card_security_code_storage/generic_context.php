<?php
// ruleid: card-security-code-generic-context-php
$this->addColumn('{{%stored_card}}', 'security_code', $this->string(4));
// ok: card-security-code-generic-context-php
$this->addColumn('{{%user}}', 'verification_code', $this->string(6));
Schema::create('card_checks', function (Blueprint $table) {
    // ruleid: card-security-code-generic-context-php
    $table->string('csc', 4);
});
