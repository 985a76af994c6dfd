<?php

declare(strict_types=1);

namespace App\Model;

use Hyperf\DbConnection\Model\Model;

/**
 * @property int $id
 * @property string $name
 * @property string $email
 * @property string $phone
 * @property string $postal_address
 * @property string $date_of_birth
 */
class Customer extends Model
{
    protected ?string $table = 'customers';

    protected array $fillable = ['name', 'email', 'phone', 'postal_address', 'date_of_birth', 'password_hash'];

    protected array $hidden = ['password_hash', 'date_of_birth'];

    protected array $casts = ['id' => 'integer', 'created_at' => 'datetime'];

    public function __toString(): string
    {
        return sprintf('%s <%s> %s', $this->name, $this->email, $this->phone);
    }
}
