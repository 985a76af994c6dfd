<?php

namespace App\Http\Middleware;

use App\Models\Rider;
use Closure;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Str;
use Symfony\Component\HttpFoundation\Response;

/**
 * Shared log context for the rider portal: every Log:: call during the request carries it.
 */
class AddRiderLogContext
{
    public function handle(Request $request, Closure $next): Response
    {
        $context = ['request_id' => (string) Str::uuid(), 'route' => $request->route()?->getName()];

        $rider = $request->user('rider');
        if ($rider instanceof Rider) {
            $context['rider_id'] = $rider->id;
            $context['rider_email'] = $rider->email;
        }

        Log::withContext($context);

        return $next($request);
    }
}
