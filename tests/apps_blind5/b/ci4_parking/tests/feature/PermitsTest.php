<?php

namespace Tests\Feature;

use CodeIgniter\Test\CIUnitTestCase;
use CodeIgniter\Test\DatabaseTestTrait;
use CodeIgniter\Test\FeatureTestTrait;
use Config\Services;

final class PermitsTest extends CIUnitTestCase
{
    use DatabaseTestTrait;
    use FeatureTestTrait;

    protected $migrate     = true;
    protected $migrateOnce = true;
    protected $refresh     = true;
    protected $namespace   = 'App';

    protected function setUp(): void
    {
        parent::setUp();
        $this->db->table('accounts')->insert([
            'id'            => 7,
            'email'         => 'resident@example.org',
            'password_hash' => password_hash('secret-secret', PASSWORD_DEFAULT),
            'full_name'     => 'Res Ident',
            'postcode'      => 'BS1 5TR',
        ]);
    }

    public function testUnknownZoneIsRejected(): void
    {
        $result = $this->withSession(['account_id' => 7])
            ->withBodyFormat('json')
            ->post('api/permits', ['zone' => 'Z', 'card_token' => 'ct_test_1']);

        $result->assertStatus(400);
        $this->dontSeeInDatabase('permit_payments', ['account_id' => 7]);
    }

    public function testDeclinedPaymentLeavesPermitPending(): void
    {
        $curl = $this->getMockBuilder(\CodeIgniter\HTTP\CURLRequest::class)->disableOriginalConstructor()->getMock();
        $curl->method('post')->willReturn(Services::response()->setStatusCode(402)->setBody('{"status":"declined"}'));
        Services::injectMock('curlrequest', $curl);

        $result = $this->withSession(['account_id' => 7])
            ->withBodyFormat('json')
            ->post('api/permits', ['zone' => 'A', 'card_token' => 'ct_test_declined']);

        $result->assertStatus(402);
        $this->seeInDatabase('permit_payments', ['account_id' => 7, 'status' => 'pending']);
    }
}
