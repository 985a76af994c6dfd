<?php

namespace App\Providers;

use Illuminate\Support\Facades\Http;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        Http::macro('atelierPay', function () {
            return Http::baseUrl(config('services.atelierpay.url'))
                ->acceptJson()
                ->timeout(20)
                ->withOptions(['verify' => config('services.atelierpay.verify')]);
        });

        Http::macro('brevo', function () {
            return Http::baseUrl('https://api.brevo.com/v3')
                ->withHeaders(['api-key' => config('services.brevo.key')])
                ->acceptJson();
        });

        Http::macro('seamline', function () {
            return Http::baseUrl(config('services.seamline.url'))->timeout(10);
        });
    }
}
