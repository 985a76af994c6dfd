<?php

namespace App\Models;

use App\Entities\Account;
use CodeIgniter\Model;

class AccountModel extends Model
{
    protected $table          = 'accounts';
    protected $returnType     = Account::class;
    protected $useTimestamps  = true;
    protected $allowedFields  = ['email', 'password_hash', 'full_name', 'mobile', 'mobile_verified', 'address_line', 'postcode'];
    protected $validationRules = [
        'email'     => 'required|valid_email|is_unique[accounts.email,id,{id}]',
        'full_name' => 'required|max_length[120]',
        'mobile'    => 'permit_empty|regex_match[/^\+?[0-9 ]{7,20}$/]',
    ];
    protected $afterInsert = ['logSignup'];

    protected function logSignup(array $data): array
    {
        log_message('info', 'Account {id} created', ['id' => $data['id']]);

        return $data;
    }

    public function findByEmail(string $email): ?Account
    {
        return $this->where('email', strtolower(trim($email)))->first();
    }
}
