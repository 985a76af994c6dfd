<?php

namespace App\Entities\Cast;

use CodeIgniter\Entity\Cast\BaseCast;

/**
 * Encrypts the attribute with the framework encrypter (OpenSSL handler, key from
 * encryption.key in .env) on the way into the database.
 */
class EncryptedCast extends BaseCast
{
    public static function get($value, array $params = [])
    {
        if ($value === null || $value === '') {
            return $value;
        }

        return service('encrypter')->decrypt(base64_decode($value, true));
    }

    public static function set($value, array $params = [])
    {
        if ($value === null || $value === '') {
            return $value;
        }

        return base64_encode(service('encrypter')->encrypt($value));
    }
}
