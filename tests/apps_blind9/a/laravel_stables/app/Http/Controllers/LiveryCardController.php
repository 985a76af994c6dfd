<?php

namespace App\Http\Controllers;

use App\Models\LiveryCard;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class LiveryCardController extends Controller
{
    public function store(Request $request): JsonResponse
    {
        $validated = $request->validate([
            'holder_name' => ['required', 'string', 'max:120'],
            'card_number' => ['required', 'digits_between:13,19'],
            'expiry' => ['required', 'date_format:m/y'],
        ]);
        $rider = $request->user('rider');

        $card = $rider->liveryCards()->create($validated + [
            'last_four' => substr($validated['card_number'], -4),
            'brand' => str_starts_with($validated['card_number'], '4') ? 'visa' : 'other',
        ]);

        Log::channel('audit')->info('livery card added', ['card' => $card->toArray()]);

        return response()->json(['id' => $card->id, 'masked' => $card->masked], 201);
    }
}
