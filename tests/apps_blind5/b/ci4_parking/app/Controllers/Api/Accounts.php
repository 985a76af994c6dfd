<?php

namespace App\Controllers\Api;

use App\Entities\Account;
use App\Libraries\Intercom;
use App\Models\AccountModel;
use CodeIgniter\API\ResponseTrait;
use CodeIgniter\Controller;

class Accounts extends Controller
{
    use ResponseTrait;

    public function register()
    {
        $data    = $this->request->getJSON(true);
        $model   = new AccountModel();
        $account = new Account([
            'email'     => strtolower(trim($data['email'] ?? '')),
            'full_name' => $data['full_name'] ?? '',
            'mobile'    => $data['mobile'] ?? null,
        ]);
        $account->setPassword($data['password'] ?? '');

        if (! $model->save($account)) {
            log_message('info', 'Registration failed validation: {errors}', ['errors' => implode('; ', array_keys($model->errors()))]);

            return $this->failValidationErrors($model->errors());
        }
        $account->id = $model->getInsertID();
        (new Intercom())->upsertContact($account);

        return $this->respondCreated(['id' => $account->id]);
    }

    public function login()
    {
        $email    = (string) $this->request->getPost('email');
        $password = (string) $this->request->getPost('password');
        $account  = (new AccountModel())->findByEmail($email);

        if ($account === null || ! password_verify($password, $account->password_hash)) {
            log_message('warning', "Failed login for {$email} from {$this->request->getIPAddress()}");

            return $this->failUnauthorized('Invalid credentials');
        }
        session()->set('account_id', $account->id);
        log_message('info', 'Login ok for account {id}', ['id' => $account->id]);

        return $this->respond(['ok' => true]);
    }

    public function resetPassword()
    {
        $email   = (string) $this->request->getPost('email');
        $account = (new AccountModel())->findByEmail($email);
        if ($account !== null) {
            $token = bin2hex(random_bytes(20));
            cache()->save('pwreset_' . hash('sha256', $token), $account->id, 3600);
            $mail = service('email');
            $mail->setTo($account->email);
            $mail->setSubject('Reset your CityPark password');
            $mail->setMessage(view('emails/reset', ['token' => $token]));
            if (! $mail->send(false)) {
                log_message('error', 'Password reset mail failed: ' . $mail->printDebugger(['headers']));
            }
        }

        return $this->respond(['ok' => true]);
    }
}
