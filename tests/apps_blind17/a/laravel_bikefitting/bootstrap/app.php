<?php

use App\Exceptions\CardDeclined;
use App\Http\Middleware\AttachLogContext;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Configuration\Exceptions;
use Illuminate\Foundation\Configuration\Middleware;
use Illuminate\Support\Facades\Log;

return Application::configure(basePath: dirname(__DIR__))
    ->withRouting(api: __DIR__.'/../routes/api.php', commands: __DIR__.'/../routes/console.php')
    ->withMiddleware(function (Middleware $middleware) {
        $middleware->api(append: [AttachLogContext::class]);
    })
    ->withExceptions(function (Exceptions $exceptions) {
        $exceptions->dontFlash(['password', 'card.number', 'card.cvc']);
        $exceptions->report(function (CardDeclined $e) {
            Log::channel('payments')->warning($e->getMessage());

            return false;
        });
    })->create();
