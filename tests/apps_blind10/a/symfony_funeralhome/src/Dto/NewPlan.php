<?php

namespace App\Dto;

use Symfony\Component\Validator\Constraints as Assert;

final class NewPlan
{
    public function __construct(
        #[Assert\NotBlank]
        public readonly string $name,
        #[Assert\Email]
        public readonly string $email,
        public readonly string $phone,
        public readonly string $address,
        #[Assert\Choice(['simple', 'traditional', 'woodland'])]
        public readonly string $package,
        #[Assert\Valid]
        public readonly CardInput $card,
    ) {
    }
}
