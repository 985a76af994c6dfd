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

class PhoneOrders
{
    public function hold($order, $request)
    {
        $securityCode = $request->input('cvc');
        // ruleid: card-security-code-cache-write-php
        Cache::put('pending-cvc:'.$order->id, $securityCode, now()->addMinutes(10));
        // ok: card-security-code-cache-write-php
        Cache::put('pending-order:'.$order->id, $order->id);
    }
}
