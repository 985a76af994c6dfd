<?php
declare(strict_types=1);

namespace App\Model\Table;

use Cake\ORM\Query\SelectQuery;
use Cake\ORM\Table;
use Cake\Validation\Validator;

class OrdersTable extends Table
{
    public function initialize(array $config): void
    {
        parent::initialize($config);
        $this->setTable('orders');
        $this->setDisplayField('number');
        $this->addBehavior('Timestamp', ['events' => ['Model.beforeSave' => ['created' => 'new']]]);
        $this->belongsTo('Customers');
        $this->belongsTo('ShippingAddresses', ['className' => 'Addresses', 'foreignKey' => 'shipping_address_id', 'propertyName' => 'shipping_address']);
        $this->hasMany('Payments');
        $this->hasMany('OrderItems', ['dependent' => true]);
    }

    public function validationDefault(Validator $validator): Validator
    {
        return $validator
            ->scalar('number')
            ->maxLength('number', 20)
            ->inList('status', ['new', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded'])
            ->allowEmptyString('tracking_number');
    }

    public function findByNumber(SelectQuery $query, string $number): SelectQuery
    {
        return $query->where(['Orders.number' => $number]);
    }

    public function findOpen(SelectQuery $query): SelectQuery
    {
        return $query->whereNotInList('Orders.status', ['delivered', 'cancelled', 'refunded']);
    }

    public function nextNumber(): string
    {
        $last = $this->find()->select(['number'])->orderByDesc('id')->first();
        $seq = $last ? (int)substr($last->number, 4) + 1 : 10001;

        return sprintf('PGS-%05d', $seq);
    }
}
