<?php

namespace App\Providers;

use Illuminate\Support\Facades\Http;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        Http::macro('quillpay', function () {
            return Http::baseUrl(config('services.quillpay.url'))
                ->withToken(config('services.quillpay.key'))
                ->withOptions(['verify' => config('services.quillpay.verify')])
                ->acceptJson()
                ->timeout(15);
        });

        Http::macro('bento', function () {
            return Http::baseUrl(config('services.bento.url'))
                ->withBasicAuth(config('services.bento.publishable_key'), config('services.bento.secret_key'))
                ->withQueryParameters(['site_uuid' => config('services.bento.site_uuid')])
                ->acceptJson();
        });

        Http::macro('venues', function () {
            return Http::baseUrl(config('services.venue_sync.url'))->acceptJson()->timeout(10);
        });
    }
}
