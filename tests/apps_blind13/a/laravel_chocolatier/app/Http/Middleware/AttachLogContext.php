<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Str;
use Spatie\LaravelIgnition\Facades\Flare;

class AttachLogContext
{
    public function handle(Request $request, Closure $next)
    {
        $requestId = $request->header('X-Request-Id', (string) Str::uuid());
        Log::shareContext(['request_id' => $requestId]);

        if ($customer = $request->user()) {
            Log::withContext(['customer_id' => $customer->id, 'customer_email' => $customer->email, 'ip' => $request->ip()]);
            Flare::group('customer', ['id' => $customer->id, 'email' => $customer->email, 'name' => $customer->name]);
        } else {
            Flare::context('guest', true);
        }

        return $next($request);
    }
}
