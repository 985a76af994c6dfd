<?php

namespace App\Exceptions;

use RuntimeException;

class GuestTooYoungException extends RuntimeException
{
}
