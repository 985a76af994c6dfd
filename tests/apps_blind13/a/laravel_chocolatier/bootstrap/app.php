<?php

use App\Exceptions\PaymentDeclined;
use App\Http\Middleware\AttachLogContext;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Configuration\Exceptions;
use Illuminate\Foundation\Configuration\Middleware;
use Illuminate\Support\Facades\Log;

return Application::configure(basePath: dirname(__DIR__))
    ->withRouting(
        api: __DIR__.'/../routes/api.php',
        health: '/up',
    )
    ->withMiddleware(function (Middleware $middleware) {
        $middleware->append(AttachLogContext::class);
    })
    ->withExceptions(function (Exceptions $exceptions) {
        $exceptions->report(function (PaymentDeclined $e) {
            Log::channel('payments')->warning('payment declined: '.$e->getMessage());

            return false;
        });
        $exceptions->dontFlash(['password', 'password_confirmation', 'card_number', 'cvc']);
    })->create();
