<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Context;
use Illuminate\Support\Str;

class ShareLogContext
{
    public function handle(Request $request, Closure $next)
    {
        Context::add('trace_id', (string) Str::uuid());
        if ($request->filled('phone')) {
            Context::add('caller_phone', $request->input('phone'));
        }
        return $next($request);
    }
}
