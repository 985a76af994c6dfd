<?php

namespace Tests\Feature;

use App\Models\FittingSession;
use App\Services\PlausibleEvents;
use GuzzleHttp\Client;
use GuzzleHttp\Handler\MockHandler;
use GuzzleHttp\HandlerStack;
use GuzzleHttp\Middleware;
use GuzzleHttp\Psr7\Response;
use Illuminate\Http\Request;
use Tests\TestCase;

class PlausibleEventsTest extends TestCase
{
    public function test_fitting_booked_sends_no_personal_fields(): void
    {
        $history = [];
        $stack = HandlerStack::create(new MockHandler([new Response(202)]));
        $stack->push(Middleware::history($history));
        $this->app->instance('http.vendors', new Client(['handler' => $stack]));

        $session = new FittingSession(['package' => 'gravel', 'starts_at' => '2026-05-04 10:00:00']);
        (new PlausibleEvents())->fittingBooked(Request::create('https://cadencelab.cc/book'), $session);

        $body = json_decode((string) $history[0]['request']->getBody(), true);
        $this->assertSame(['package', 'weekday'], array_keys($body['props']));
    }
}
