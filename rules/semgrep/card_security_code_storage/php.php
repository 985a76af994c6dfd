<?php
Schema::create('cards', function (Blueprint $table) {
    // ruleid: card-security-code-laravel-migration-column
    $table->string('cvv', 4);
    // ok: card-security-code-laravel-migration-column
    $table->boolean('cvv_verified');
});

#[ORM\Entity]
class Card
{
    // ruleid: card-security-code-doctrine-column
    #[ORM\Column(type: 'string', length: 4)]
    private string $cvc;
}

class Payment extends Model
{
    // ruleid: card-security-code-eloquent-fillable
    protected $fillable = ['amount', 'cvv'];
}
