<?php
$this->table('charges')
    // ruleid: card-security-code-generic-php-schema-column
    ->addColumn('cvv', 'string', ['limit' => 4])
    // ok: card-security-code-generic-php-schema-column
    ->addColumn('cvv_result', 'boolean')
    ->update();
