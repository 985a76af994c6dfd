<?php

use App\Exceptions\MeasurementConflict;
use App\Http\Middleware\AddLogContext;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Configuration\Exceptions;
use Illuminate\Foundation\Configuration\Middleware;
use Illuminate\Support\Facades\Log;

return Application::configure(basePath: dirname(__DIR__))
    ->withRouting(
        web: __DIR__.'/../routes/web.php',
        api: __DIR__.'/../routes/api.php',
        health: '/up',
    )
    ->withMiddleware(function (Middleware $middleware) {
        $middleware->api(append: [AddLogContext::class]);
    })
    ->withExceptions(function (Exceptions $exceptions) {
        $exceptions->report(function (MeasurementConflict $e) {
            Log::warning('measurement conflict', ['message' => $e->getMessage()]);
            return false;
        });
        $exceptions->dontFlash(['card_number', 'cvc', 'password']);
    })->create();
