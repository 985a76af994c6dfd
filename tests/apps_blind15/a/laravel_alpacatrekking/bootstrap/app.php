<?php

use App\Exceptions\GuestTooYoungException;
use App\Http\Middleware\AddLogContext;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Configuration\Exceptions;
use Illuminate\Foundation\Configuration\Middleware;
use Illuminate\Support\Facades\Log;

return Application::configure(basePath: dirname(__DIR__))
    ->withRouting(api: __DIR__.'/../routes/api.php')
    ->withMiddleware(function (Middleware $middleware) {
        $middleware->api(append: [AddLogContext::class]);
    })
    ->withExceptions(function (Exceptions $exceptions) {
        $exceptions->dontFlash(['card_number', 'cvc', 'password']);
        $exceptions->report(function (GuestTooYoungException $e) {
            Log::warning('registration refused: '.$e->getMessage());
        })->stop();
        $exceptions->render(function (GuestTooYoungException $e) {
            return response()->json(['error' => 'minimum age not met'], 422);
        });
    })->create();
