<?php

namespace PatchworkBarn\Db;

use React\MySQL\ConnectionInterface;
use React\MySQL\Factory;

final class Database
{
    public static function connect(string $uri): ConnectionInterface
    {
        return (new Factory())->createLazyConnection($uri . '?idle=10.0');
    }
}
