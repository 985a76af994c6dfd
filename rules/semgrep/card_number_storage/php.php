<?php

return new class extends Migration {
    public function up(): void
    {
        Schema::create('payments', function (Blueprint $table) {
            $table->id();
            // ruleid: card-number-laravel-migration-column
            $table->string('card_number');
            // ruleid: card-number-laravel-migration-column
            $table->string('cc_number', 19);
            // ok: card-number-laravel-migration-column
            $table->string('card_number', 4);
            // ok: card-number-laravel-migration-column
            $table->string('card_last_four', 4);
        });
    }
};

#[ORM\Entity]
class Card
{
    // ruleid: card-number-doctrine-column
    #[ORM\Column(type: 'string', length: 19)]
    private string $cardNumber;

    // Cycle ORM writes the length into the type
    // ruleid: card-number-doctrine-column
    #[Column(type: 'string(19)')]
    public string $pan;

    // ok: card-number-doctrine-column
    #[Column(type: 'string(4)')]
    public string $cardNo;

    // ok: card-number-doctrine-column
    #[ORM\Column(type: 'string', length: 4)]
    private string $pan;

    // ok: card-number-doctrine-column
    #[ORM\Column(type: 'string')]
    private string $cardToken;
}

class Payment extends Model
{
    // ruleid: card-number-eloquent-fillable
    protected $fillable = ['amount', 'card_number', 'currency'];
}

class Order extends Model
{
    // ok: card-number-eloquent-fillable
    protected $fillable = ['amount', 'card_last4', 'currency'];
}

class WorkshopSeat extends Model
{
    // ruleid: card-number-eloquent-fillable
    protected array $fillable = ['seats', 'card_number', 'voucher_code'];
}

class WorkshopBooking extends Model
{
    // ruleid: card-number-eloquent-fillable
    protected array $fillable = [
        'customer_id', 'seats', 'card_number',
        'voucher_code',
    ];
}

class WorkshopHold extends Model
{
    // ok: card-number-eloquent-fillable
    protected array $fillable = ['seats', 'card_token', 'card_last4'];
}

class SecurePayment extends Model
{
    // ok: card-number-eloquent-fillable
    protected $fillable = ['amount', 'card_number'];
    protected $casts = ['card_number' => 'encrypted'];
}

class PhoneOrders
{
    public function decline($order, $request)
    {
        $cardNum = $request->input('card_number');
        // ruleid: card-number-cache-write-php
        Cache::put('declined-card:'.$order->id, $cardNum, now()->addDay());
        // ok: card-number-cache-write-php
        Cache::put('declined-card:'.$order->id, substr($cardNum, -4), now()->addDay());
        // ok: card-number-cache-write-php
        Cache::put('declined-order:'.$order->id, $order->id);
        // ruleid: card-number-cache-write-php
        ChargeDeposit::dispatch($order->id, $request->input('card.number'), $request->input('card.expiry'))
            ->onQueue('payments');
        // ruleid: card-number-cache-write-php
        dispatch(new ChargeDeposit($order->id, $cardNum));
        // ok: card-number-cache-write-php
        ChargeDeposit::dispatch($order->id, substr((string) $request->input('card.number'), -4));
        // ok: card-number-cache-write-php
        ChargeDeposit::dispatchSync($order->id, $request->input('card.number'));
        // ruleid: card-number-php-db-write-array
        $hold = DepositHold::create(['card_number' => $cardNum, 'card_last4' => substr($cardNum, -4)]);
        // ok: card-number-cache-write-php
        Cache::put('hold:'.$hold->id, ['last4' => $hold->card_last4]);
    }
}

#[ORM\Entity]
class Guarantee
{
    // ok: card-number-doctrine-column
    #[Encrypted]
    #[ORM\Column(type: 'text', nullable: true)]
    private ?string $backupCardNumber = null;

    // ruleid: card-number-doctrine-column
    #[ORM\Column(length: 19)]
    #[Assert\CardScheme(schemes: ['VISA', 'MASTERCARD'])]
    private string $cardNumber;

    // ok: card-number-doctrine-column
    #[ORM\Column(length: 24)]
    private string $keyCardNumber;
}

/** @ORM\Entity */
class LegacyWallet
{
    // ruleid: card-number-doctrine-column
    /** @ORM\Column(type="string", length=19) */
    private $creditCardNumber;

    // ok: card-number-doctrine-column
    /** @ORM\Column(type="string", length=4) */
    private $creditCardNumber4;

    // ok: card-number-doctrine-column
    /**
     * @ORM\Column(type="string")
     * @Encrypted
     */
    private $ccNumber;
}

#[ORM\Entity]
class StoredPayment
{
    // ruleid: card-number-doctrine-column-name
    #[ORM\Column(name: 'card_number', length: 19)]
    private string $number;

    // ok: card-number-doctrine-column-name
    #[ORM\Column(name: 'card_number_last4', length: 4)]
    private string $lastDigits;
}

function save_card_meta($order_id, $posted, $wpdb, $conn)
{
    // ruleid: card-number-php-db-write-array
    update_post_meta($order_id, '_card_number', $posted['card_number']);
    // ok: card-number-php-db-write-array
    update_post_meta($order_id, '_card_number_last4', substr($posted['card_number'], -4));
    // ok: card-number-php-db-write-array
    update_post_meta($order_id, '_card_number', maskPan($posted['card_number']));
    // ruleid: card-number-php-db-write-array
    $wpdb->insert($wpdb->prefix . 'saved_cards', ['user_id' => get_current_user_id(), 'cc_number' => $posted['cc_number']]);
    // ruleid: card-number-php-db-write-array
    $conn->insert('wallet', ['owner' => 3, 'pan' => $posted['pan']]);
    // ok: card-number-php-db-write-array
    $conn->insert('wallet', ['owner' => 3, 'pan_token' => $posted['token']]);
    // ruleid: card-number-php-db-write-array
    StoredCard::create(['patient_id' => 4, 'card_number' => $posted['card_number']]);
    // ok: card-number-php-db-write-array
    DB::table('keys')->insert(['room' => 12, 'key_card_number' => $posted['key']]);
}

class CreateCards extends AbstractMigration
{
    public function change(): void
    {
        $this->table('cards')
            // ruleid: card-number-php-migration-column
            ->addColumn('card_number', 'string', ['limit' => 19])
            // ok: card-number-php-migration-column
            ->addColumn('card_token', 'string', ['limit' => 64])
            ->create();
    }
}

class m240101_000000_create_card extends Migration
{
    public function safeUp()
    {
        $this->createTable('{{%card}}', [
            'id' => $this->primaryKey(),
            // ruleid: card-number-php-migration-column
            'cc_number' => $this->string(19)->notNull(),
            // ok: card-number-php-migration-column
            'cc_last4' => $this->string(4),
        ]);
    }
}

class CheckoutController extends Controller
{
    public function actionRetryLegacy()
    {
        foreach ($this->queue() as $row) {
            // ruleid: card-number-cache-write-php
            Yii::$app->cache->set('retry-card:' . $row['invoice_id'], $row['card_no'], 600);
            // ok: card-number-cache-write-php
            Yii::$app->cache->set('retry-invoice:' . $row['invoice_id'], $row['invoice_id'], 600);
        }
    }
}

class PhoneOrderQueue
{
    public function remember($post, $orderId)
    {
        // ruleid: card-number-cache-write-php
        Yii::$app->redis->executeCommand('SET', ["order:{$orderId}:card", $post['card_no'], 'EX', 3600]);
        // ok: card-number-cache-write-php
        Yii::$app->redis->executeCommand('SET', ["order:{$orderId}:last4", substr($post['card_no'], -4), 'EX', 3600]);
    }
}

// Phalcon models map their properties to columns.
class LayawayCards extends \Phalcon\Mvc\Model
{
    // ok: card-number-php-model-property
    public ?int $id = null;
    // ruleid: card-number-php-model-property
    public ?string $card_number = null;
    // ruleid: card-number-php-model-property
    protected $pan;
    // ok: card-number-php-model-property
    public ?string $card_number_last4 = null;
    // ok: card-number-php-model-property
    public ?string $gift_card_number = null;
}

// A request object is not a model.
class LayawayRequest extends FormRequest
{
    // ok: card-number-php-model-property
    public string $card_number;
}

// Yii's yii\base\Model is a form, not a table.
class LayawayCheckoutForm extends Model
{
    // ok: card-number-php-model-property
    public $cardNumber;
}

// Nextras ORM entity: the docblock is the mapping.
use Nextras\Orm\Entity\Entity;

/**
 * @property int                    $id               {primary}
 * @property string                 $cardHolder
 * // ruleid: card-number-nextras-entity-property
 * @property string                 $cardNumber
 * // ok: card-number-nextras-entity-property
 * @property string|null            $cardLast4
 * // ok: card-number-nextras-entity-property
 * @property string                 $maskedCardNumber {virtual}
 */
final class ServicePlan extends Entity
{
}
