<?php

namespace App\Http\Controllers;

use App\Exceptions\GuestTooYoungException;
use App\Http\Integrations\Loki\LokiConnector;
use App\Http\Integrations\Loki\Requests\PushLogsRequest;
use App\Jobs\SyncGuestToDotdigital;
use App\Models\Guest;
use Carbon\Carbon;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class GuestController extends Controller
{
    public function store(Request $request, LokiConnector $loki): JsonResponse
    {
        $data = $request->validate([
            'full_name' => 'required|string|max:255',
            'email' => 'required|email',
            'phone' => 'required|string|max:32',
            'date_of_birth' => 'required|date',
            'postcode' => 'nullable|string|max:10',
            'medical_notes' => 'nullable|string',
            'marketing_opt_in' => 'boolean',
        ]);

        if (Carbon::parse($data['date_of_birth'])->age < 8) {
            throw new GuestTooYoungException("Guest {$data['full_name']} (born {$data['date_of_birth']}) is under the minimum age");
        }

        Log::info('guest registration', $request->all());
        $guest = Guest::create($data);
        Log::info('guest created', ['guest_id' => $guest->id]);
        Log::debug("guest created: {$guest}");
        Log::channel('audit')->info('guest.create', ['guest_id' => $guest->id, 'email' => $guest->email]);
        $loki->send(new PushLogsRequest(['app' => 'alpaca-treks', 'channel' => 'signups'], ["guest signup {$guest->email} postcode={$guest->postcode}"]));

        if ($guest->marketing_opt_in) {
            SyncGuestToDotdigital::dispatch($guest->id);
        }

        return response()->json(['id' => $guest->id], 201);
    }

    public function show(Guest $guest): JsonResponse
    {
        Log::info('guest viewed', ['guest_id' => $guest->id]);

        return response()->json($guest);
    }
}
