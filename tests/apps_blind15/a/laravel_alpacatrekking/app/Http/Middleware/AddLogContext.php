<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Str;
use Symfony\Component\HttpFoundation\Response;

class AddLogContext
{
    public function handle(Request $request, Closure $next): Response
    {
        $context = ['request_id' => $request->header('X-Request-Id', (string) Str::uuid())];
        if ($guestEmail = $request->input('email')) {
            $context['guest_email'] = $guestEmail;
        }
        Log::withContext($context);
        Log::shareContext(['route' => optional($request->route())->getName()]);

        return $next($request);
    }
}
