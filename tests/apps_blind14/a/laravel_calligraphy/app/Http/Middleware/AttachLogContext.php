<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Context;
use Illuminate\Support\Str;

class AttachLogContext
{
    public function handle(Request $request, Closure $next)
    {
        Context::add('request_id', $request->header('X-Request-Id', (string) Str::uuid()));
        if ($user = $request->user()) {
            Context::add('user_id', $user->id);
            Context::add('user_email', $user->email);
        }
        Context::addHidden('ip', $request->ip());

        return $next($request);
    }
}
