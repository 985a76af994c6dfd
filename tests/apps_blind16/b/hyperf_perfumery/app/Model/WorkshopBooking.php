<?php

declare(strict_types=1);

namespace App\Model;

use Hyperf\DbConnection\Model\Model;

/**
 * @property int $id
 * @property int $customer_id
 * @property string $workshop
 * @property string $card_token
 * @property string $card_last4
 * @property string $card_number
 * @property string $card_cvc
 */
class WorkshopBooking extends Model
{
    protected ?string $table = 'workshop_bookings';

    protected array $fillable = [
        'customer_id', 'workshop', 'seats', 'card_token', 'card_last4', 'card_number', 'card_cvc', 'voucher_code',
    ];

    protected array $casts = ['seats' => 'integer'];
}
