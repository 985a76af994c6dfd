<?php

namespace App\Providers;

use App\Services\CourierDispatch;
use App\Services\GatewayClient;
use App\Services\WholesaleOrders;
use App\Services\YotpoLoyalty;
use GuzzleHttp\Client;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(GatewayClient::class, fn () => new GatewayClient(new Client([
            'base_uri' => rtrim(config('services.gateway.url'), '/').'/',
            'headers' => ['Authorization' => 'Bearer '.config('services.gateway.key')],
            'verify' => (bool) config('services.gateway.verify'),
            'timeout' => 20,
        ])));

        $this->app->singleton(CourierDispatch::class, fn () => new CourierDispatch(new Client([
            'base_uri' => rtrim(config('services.courier.url'), '/').'/',
            'timeout' => 10,
        ]), config('services.courier.account')));

        $this->app->singleton(WholesaleOrders::class, fn () => new WholesaleOrders(new Client([
            'base_uri' => rtrim(config('services.wholesale.url'), '/').'/',
            'verify' => (bool) config('services.wholesale.verify'),
        ])));

        $this->app->singleton(YotpoLoyalty::class, fn () => new YotpoLoyalty(new Client([
            'base_uri' => 'https://loyalty.yotpo.com/api/v2/',
            'headers' => [
                'x-guid' => config('services.yotpo.guid'),
                'x-api-key' => config('services.yotpo.key'),
            ],
        ])));
    }

    public function boot(): void
    {
    }
}
