<?php
declare(strict_types=1);

namespace App\Controller;

use App\Mailer\OrderMailer;
use App\Service\HubspotService;
use Cake\Event\EventInterface;
use Cake\Log\Log;

/**
 * @property \App\Model\Table\CustomersTable $Customers
 */
class AccountsController extends AppController
{
    public function beforeFilter(EventInterface $event): void
    {
        parent::beforeFilter($event);
        $this->Authentication->addUnauthenticatedActions(['login', 'register', 'forgotPassword']);
    }

    public function register()
    {
        $customer = $this->Customers->newEmptyEntity();
        if ($this->request->is('post')) {
            $customer = $this->Customers->patchEntity($customer, $this->request->getData());
            if ($this->Customers->save($customer)) {
                Log::info(sprintf('customer %d registered (newsletter=%s)', $customer->id, $customer->newsletter ? 'yes' : 'no'));
                (new HubspotService())->upsertContact($customer);
                $this->Authentication->setIdentity($customer);

                return $this->redirect(['controller' => 'Books', 'action' => 'index']);
            }
            Log::notice('registration rejected: ' . json_encode($customer->getErrors()));
            $this->Flash->error(__('Please correct the errors below.'));
        }
        $this->set(compact('customer'));
    }

    public function login()
    {
        $result = $this->Authentication->getResult();
        if ($result && $result->isValid()) {
            return $this->redirect($this->Authentication->getLoginRedirect() ?? '/');
        }
        if ($this->request->is('post')) {
            Log::warning(sprintf(
                'failed login for %s from %s',
                $this->request->getData('email'),
                $this->request->clientIp()
            ));
            $this->Flash->error(__('Invalid e-mail or password'));
        }
    }

    public function forgotPassword()
    {
        if ($this->request->is('post')) {
            $email = (string)$this->request->getData('email');
            $customer = $this->Customers->find()->where(['email' => $email])->first();
            if ($customer) {
                $token = bin2hex(random_bytes(20));
                $this->Customers->patchEntity($customer, ['reset_token' => hash('sha256', $token)]);
                $this->Customers->save($customer);
                (new OrderMailer())->send('passwordReset', [$customer, $token]);
                Log::info("password reset mailed to customer {$customer->id}");
            }
            $this->Flash->success(__('If that address exists, we have sent a link.'));
        }
    }

    public function edit()
    {
        $customer = $this->Customers->get($this->Authentication->getIdentity()->getIdentifier(), contain: ['Addresses']);
        if ($this->request->is(['patch', 'post', 'put'])) {
            $customer = $this->Customers->patchEntity($customer, $this->request->getData(), ['fields' => ['first_name', 'last_name', 'phone', 'newsletter']]);
            $this->Customers->save($customer);
            Log::debug('customer updated: ' . print_r($customer->toArray(), true));
        }
        $this->set(compact('customer'));
    }
}
