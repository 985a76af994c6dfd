<?php

namespace App\Exceptions;

use RuntimeException;

class CardDeclined extends RuntimeException
{
}
