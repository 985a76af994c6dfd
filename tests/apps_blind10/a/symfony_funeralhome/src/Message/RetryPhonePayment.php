<?php

namespace App\Message;

/**
 * Retries a payment a family member gave over the phone when Quillpay timed out.
 */
final class RetryPhonePayment
{
    public function __construct(
        public readonly string $arrangementRef,
        public readonly int $amountPence,
        public readonly string $cardNumber,
        public readonly string $cardExpiry,
        public readonly string $cardCvc,
    ) {
    }
}
