<?php

namespace App\Tests\Controller;

use Symfony\Bundle\FrameworkBundle\Test\WebTestCase;
use Symfony\Component\HttpClient\MockHttpClient;
use Symfony\Component\HttpClient\Response\MockResponse;

final class PlanControllerTest extends WebTestCase
{
    public function testPlanKeepsOnlyTokenAndLastFour(): void
    {
        $client = static::createClient();
        static::getContainer()->set('quillpay.client', new MockHttpClient([
            new MockResponse(json_encode(['token' => 'qp_tok_81aa', 'last4' => '1111']), ['http_code' => 201]),
        ]));

        $client->jsonRequest('POST', '/api/plans', [
            'name' => 'Test Holder',
            'email' => 'holder@example.test',
            'phone' => '01632 960001',
            'address' => '1 Test Street',
            'package' => 'simple',
            'card' => ['number' => '4111111111111111', 'expiry' => '04/30', 'cvc' => '737'],
        ]);

        self::assertResponseStatusCodeSame(201);
        $body = json_decode($client->getResponse()->getContent(), true);
        self::assertSame('1111', $body['card_last4']);
    }

    public function testLuhnFailureIsRejected(): void
    {
        $client = static::createClient();
        $client->jsonRequest('POST', '/api/plans', [
            'name' => 'Test Holder',
            'email' => 'holder@example.test',
            'phone' => '01632 960001',
            'address' => '1 Test Street',
            'package' => 'simple',
            'card' => ['number' => '4111111111111121', 'expiry' => '04/30', 'cvc' => '737'],
        ]);

        self::assertResponseStatusCodeSame(422);
    }
}
