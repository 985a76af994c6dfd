<?php

namespace App\Http\Controllers;

use App\Models\Rider;
use App\Services\PlausibleEvents;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Spatie\LaravelIgnition\Facades\Flare;

class RiderController extends Controller
{
    public function store(Request $request, PlausibleEvents $plausible)
    {
        $validated = $request->validate([
            'name' => 'required|string|max:120',
            'email' => 'required|email|unique:riders',
            'phone' => 'required|string|max:32',
            'date_of_birth' => 'nullable|date',
            'height_cm' => 'nullable|integer|between:120,220',
            'password' => 'required|min:10',
        ]);

        $rider = Rider::create($validated);
        Flare::context('rider_id', $rider->id);
        Log::info('rider registered', ['rider_id' => $rider->id]);
        $plausible->riderRegistered($request, $validated);

        return response()->json(['id' => $rider->id], 201);
    }

    public function update(Request $request, Rider $rider)
    {
        $rider->update($request->only(['name', 'phone', 'height_cm', 'inseam_mm']));
        Flare::context('rider', ['id' => $rider->id, 'email' => $rider->email, 'phone' => $rider->phone]);
        Log::info('rider profile updated', ['rider_id' => $rider->id, 'fields' => array_keys($rider->getChanges())]);

        return response()->noContent();
    }
}
