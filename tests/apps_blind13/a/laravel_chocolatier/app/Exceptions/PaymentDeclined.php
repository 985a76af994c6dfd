<?php

namespace App\Exceptions;

use RuntimeException;

class PaymentDeclined extends RuntimeException
{
}
