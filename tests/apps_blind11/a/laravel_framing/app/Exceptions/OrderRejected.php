<?php

namespace App\Exceptions;

use RuntimeException;

class OrderRejected extends RuntimeException
{
}
