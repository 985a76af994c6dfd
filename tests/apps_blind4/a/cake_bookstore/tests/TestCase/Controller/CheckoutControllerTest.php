<?php
declare(strict_types=1);

namespace App\Test\TestCase\Controller;

use Cake\TestSuite\IntegrationTestTrait;
use Cake\TestSuite\TestCase;

class CheckoutControllerTest extends TestCase
{
    use IntegrationTestTrait;

    protected array $fixtures = ['app.Customers', 'app.Orders', 'app.Payments'];

    public function testPhoneOrderWithSandboxCard(): void
    {
        $this->session(['Auth' => ['id' => 1, 'role' => 'staff']]);
        $this->enableCsrfToken();
        $this->post('/checkout/phone-order/PGS-10001', [
            'account_number' => '4111111111111111',
            'expiry' => '12/2030',
            'cvn' => '123',
            'cardholder' => 'Sandbox Tester',
        ]);
        $this->assertRedirect(['controller' => 'Checkout', 'action' => 'review', 'PGS-10001']);
    }

    public function testPhoneOrderDeclined(): void
    {
        $this->session(['Auth' => ['id' => 1, 'role' => 'staff']]);
        $this->enableCsrfToken();
        $this->post('/checkout/phone-order/PGS-10002', [
            'account_number' => '4000111111111115',
            'expiry' => '12/2030',
            'cvn' => '200',
            'cardholder' => 'Declined Tester',
        ]);
        $this->assertFlashMessage('Your payment could not be processed.');
    }
}
