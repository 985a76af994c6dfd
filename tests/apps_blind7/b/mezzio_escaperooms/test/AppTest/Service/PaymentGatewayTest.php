<?php

declare(strict_types=1);

namespace AppTest\Service;

use App\Service\PaymentGateway;
use GuzzleHttp\Client;
use GuzzleHttp\Handler\MockHandler;
use GuzzleHttp\HandlerStack;
use GuzzleHttp\Middleware;
use GuzzleHttp\Psr7\Response;
use PHPUnit\Framework\TestCase;
use Psr\Log\NullLogger;

final class PaymentGatewayTest extends TestCase
{
    public function testSettleKeyedSendsCardAndReturnsChargeId(): void
    {
        $history = [];
        $stack = HandlerStack::create(new MockHandler([new Response(201, [], '{"id":"ch_42"}')]));
        $stack->push(Middleware::history($history));
        $gateway = new PaymentGateway(new Client(['handler' => $stack]), new NullLogger());

        $charge = $gateway->settleKeyed('371449635398431', '12/29', '1234', 5600, 'EVT-1');

        self::assertSame('ch_42', $charge);
        $sent = json_decode((string) $history[0]['request']->getBody(), true);
        self::assertSame('1234', $sent['card']['cvc']);
    }
}
