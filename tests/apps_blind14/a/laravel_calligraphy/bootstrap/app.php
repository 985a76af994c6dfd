<?php

use App\Exceptions\PaymentFailed;
use App\Http\Middleware\AttachLogContext;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Configuration\Exceptions;
use Illuminate\Foundation\Configuration\Middleware;
use Illuminate\Support\Facades\Log;

return Application::configure(basePath: dirname(__DIR__))
    ->withRouting(api: __DIR__.'/../routes/api.php')
    ->withMiddleware(function (Middleware $middleware) {
        $middleware->api(append: [AttachLogContext::class]);
    })
    ->withExceptions(function (Exceptions $exceptions) {
        $exceptions->dontFlash(['card_number', 'cvc', 'password']);
        $exceptions->report(function (PaymentFailed $e) {
            Log::warning('Payment failed: '.$e->getMessage());
            return false;
        });
    })
    ->create();
