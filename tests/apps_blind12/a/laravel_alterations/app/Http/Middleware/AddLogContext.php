<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Context;
use Illuminate\Support\Str;

class AddLogContext
{
    public function handle(Request $request, Closure $next)
    {
        Context::add('request_id', (string) Str::uuid());

        if ($client = $request->user()) {
            Context::add('client_id', $client->id);
            Context::add('client_email', $client->email);
            Context::add('ip', $request->ip());
        }

        return $next($request);
    }
}
