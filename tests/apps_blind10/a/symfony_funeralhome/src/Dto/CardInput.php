<?php

namespace App\Dto;

use Symfony\Component\Validator\Constraints as Assert;

final class CardInput
{
    public function __construct(
        #[Assert\NotBlank, Assert\Luhn]
        public readonly string $number,
        #[Assert\Regex('/^\d{2}\/\d{2}$/')]
        public readonly string $expiry,
        #[Assert\Regex('/^\d{3,4}$/')]
        public readonly string $cvc,
    ) {
    }

    public function last4(): string
    {
        return substr($this->number, -4);
    }

    public function masked(): string
    {
        return str_repeat('*', strlen($this->number) - 4).$this->last4();
    }
}
