<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Str;
use Symfony\Component\HttpFoundation\Response;

class AttachLogContext
{
    public function handle(Request $request, Closure $next): Response
    {
        $requestId = $request->header('X-Request-Id', (string) Str::uuid());
        Log::withContext(['request_id' => $requestId]);

        if ($rider = $request->user()) {
            Log::withContext(['rider_id' => $rider->id, 'rider_email' => $rider->email]);
        }

        return $next($request)->header('X-Request-Id', $requestId);
    }
}
