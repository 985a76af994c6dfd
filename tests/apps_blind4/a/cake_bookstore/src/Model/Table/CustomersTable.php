<?php
declare(strict_types=1);

namespace App\Model\Table;

use Cake\ORM\RulesChecker;
use Cake\ORM\Table;
use Cake\Validation\Validator;

class CustomersTable extends Table
{
    public function initialize(array $config): void
    {
        parent::initialize($config);
        $this->setTable('customers');
        $this->setDisplayField('email');
        $this->addBehavior('Timestamp');
        $this->hasMany('Addresses', ['dependent' => true]);
        $this->hasMany('Orders');
    }

    public function validationDefault(Validator $validator): Validator
    {
        return $validator
            ->email('email')
            ->requirePresence('email', 'create')
            ->minLength('password', 10)
            ->allowEmptyString('phone')
            ->regex('phone', '/^\+?[0-9 ()-]{7,20}$/');
    }

    public function buildRules(RulesChecker $rules): RulesChecker
    {
        $rules->add($rules->isUnique(['email'], 'An account with this e-mail already exists.'));

        return $rules;
    }
}
