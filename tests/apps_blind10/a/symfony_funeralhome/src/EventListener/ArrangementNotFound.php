<?php

namespace App\EventListener;

use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;

final class ArrangementNotFound extends NotFoundHttpException
{
    public static function forContact(string $email, string $phone): self
    {
        return new self(sprintf('No open arrangement for family contact %s / %s', $email, $phone));
    }
}
