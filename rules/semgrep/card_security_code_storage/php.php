<?php
Schema::create('cards', function (Blueprint $table) {
    // ruleid: card-security-code-laravel-migration-column
    $table->string('cvv', 4);
    // ok: card-security-code-laravel-migration-column
    $table->boolean('cvv_verified');
});

#[ORM\Entity]
class Card
{
    // ruleid: card-security-code-doctrine-column
    #[ORM\Column(type: 'string', length: 4)]
    private string $cvc;
}

class Payment extends Model
{
    // ruleid: card-security-code-eloquent-fillable
    protected $fillable = ['amount', 'cvv'];
}

class DoorPayment extends Model
{
    // ruleid: card-security-code-eloquent-fillable
    protected ?array $fillable = ['amount', 'card_cvc'];
}

class PhoneOrders
{
    public function hold($order, $request)
    {
        $securityCode = $request->input('cvc');
        // ruleid: card-security-code-cache-write-php
        Cache::put('pending-cvc:'.$order->id, $securityCode, now()->addMinutes(10));
        // ok: card-security-code-cache-write-php
        Cache::put('pending-order:'.$order->id, $order->id);
        // ruleid: card-security-code-cache-write-php
        ChargeDeposit::dispatch($order->id, $request->input('card.number'), $request->input('card.cvc'));
        // ok: card-security-code-cache-write-php
        ChargeDeposit::dispatch($order->id, $request->input('card.token'));
    }
}

#[ORM\Entity]
class DepositCard
{
    #[ORM\Column(length: 19)]
    private string $cardNumber;

    #[ORM\Column(length: 4, nullable: true)]
    // ruleid: card-security-code-doctrine-column-beside-card-number
    private ?string $securityCode = null;
}

/** @ORM\Entity */
class LegacyHold
{
    /**
     * @ORM\Column(type="string", length=4)
     */
    // ruleid: card-security-code-doctrine-column-beside-card-number
    private $verificationCode;

    /** @ORM\Column(type="string", length=19) */
    private $ccNumber;
}

#[ORM\Entity]
class EmailChange
{
    #[ORM\Column(length: 6)]
    // ok: card-security-code-doctrine-column-beside-card-number
    private string $verificationCode;

    #[ORM\Column(length: 180)]
    private string $newEmail;
}

Schema::create('deposits', function (Blueprint $table) {
    $table->string('card_number', 19);
    // ruleid: card-security-code-laravel-column-beside-card-number, card-security-code-laravel-migration-column
    $table->string('security_code', 4)->nullable();
});

Schema::create('otp', function (Blueprint $table) {
    $table->string('phone');
    // card-security-code-laravel-migration-column matches here and the record gate (scanner/code/records.py) drops it
    // ruleid: card-security-code-laravel-migration-column
    $table->string('verification_code', 6);
});

#[ORM\Entity]
class StoredAuth
{
    // ruleid: card-security-code-doctrine-column-name
    #[ORM\Column(name: 'cvv2', length: 4)]
    private string $check;
}

function save_auth_meta($order_id, $posted, $db)
{
    // ruleid: card-security-code-php-db-write-array
    update_post_meta($order_id, '_card_cvv', $posted['cvv']);
    // ruleid: card-security-code-php-db-write-array
    $db->insert('auths', ['order_id' => $order_id, 'cvc' => $posted['cvc']]);
    // ok: card-security-code-php-db-write-array
    $db->insert('auths', ['order_id' => $order_id, 'cvc_check' => $posted['cvc_check']]);
}

class AddAuthFields extends Migration
{
    public function up()
    {
        $this->forge->addField([
            // ruleid: card-security-code-php-migration-column
            'cvv2' => ['type' => 'VARCHAR', 'constraint' => 4],
            'order_id' => ['type' => 'INT'],
        ]);
    }
}

class m250220_100000_add_security_code extends Migration
{
    public function up()
    {
        // ruleid: card-security-code-php-migration-column-card-context, card-security-code-php-migration-column
        $this->addColumn('{{%payment_card}}', 'security_code', $this->string(4));
        // card-security-code-php-migration-column matches here and the record gate (scanner/code/records.py) drops it
        // ruleid: card-security-code-php-migration-column
        $this->addColumn('{{%visit}}', 'cid', $this->string(36));
    }
}

// Phalcon models map their properties to columns.
use Phalcon\Mvc\Model;

class LayawayCards extends Model
{
    // ruleid: card-security-code-php-model-property
    public ?string $cvv = null;
    // ok: card-security-code-php-model-property
    public bool $cvv_checked = false;
}

class LayawayCheckoutForm extends Form
{
    // ok: card-security-code-php-model-property
    public ?string $cvv = null;
}

// Nextras ORM entity: the docblock is the mapping.
use Nextras\Orm\Entity\Entity;

/**
 * @property int                    $id               {primary}
 * @property string                 $cardHolder
 * // ruleid: card-security-code-nextras-entity-property
 * @property string|null            $cardCvc
 * // ok: card-security-code-nextras-entity-property
 * @property string                 $postcode
 */
final class ServicePlan extends Entity
{
}
