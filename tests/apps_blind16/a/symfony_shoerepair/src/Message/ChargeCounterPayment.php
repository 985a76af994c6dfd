<?php

namespace App\Message;

final class ChargeCounterPayment
{
    public function __construct(
        public readonly int $counterPaymentId,
        public readonly string $cardNumber,
        public readonly string $expiry,
        public readonly ?string $cvc,
    ) {
    }
}
