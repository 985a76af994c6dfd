<?php

namespace App\Http\Controllers;

use App\Exceptions\MeasurementConflict;
use App\Jobs\SyncClientToBrevo;
use App\Models\Client;
use App\Services\MetaConversions;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

class ClientController extends Controller
{
    public function store(Request $request)
    {
        $data = $request->validate([
            'name' => 'required|string|max:120',
            'email' => 'required|email|unique:clients',
            'phone' => 'required|string|max:32',
            'address' => 'nullable|string',
            'wedding_date' => 'nullable|date',
        ]);

        Log::debug('client intake', $request->all());
        $client = Client::create($data);
        Log::info('client created', ['client_id' => $client->id]);
        Log::info('client created', ['client' => $client->only(['id', 'wedding_date'])]);

        SyncClientToBrevo::dispatch($client);
        Cache::put("client:{$client->id}:summary", ['name' => $client->name, 'fittings' => 0], now()->addDay());

        return response()->json(['id' => $client->id], 201);
    }

    public function bookFitting(Request $request, Client $client, MetaConversions $meta)
    {
        $garment = $request->string('garment');
        if ($garment->contains('corset') && empty($client->measurements['waist'])) {
            throw MeasurementConflict::forClient($client, (string) $garment);
        }

        $fitting = $client->fittings()->create([
            'garment' => (string) $garment,
            'scheduled_at' => $request->date('scheduled_at'),
            'seamstress' => $request->input('seamstress'),
            'status' => 'booked',
        ]);

        Http::seamline()->post('/', [
            'ref' => $fitting->id,
            'client' => $client->name,
            'phone' => $client->phone,
            'deliver_to' => $client->address,
        ]);

        Http::post('http://localhost:9300/calendar/fittings', ['fitting' => $fitting->id, 'at' => $fitting->scheduled_at]);

        Http::withoutVerifying()->post('https://dispatch.velvetcourier.example/api/pickups', [
            'contact' => $client->name,
            'address' => $client->address,
            'ready_on' => $fitting->scheduled_at?->toDateString(),
        ]);

        $meta->bookedFitting($client, 'fit-'.$fitting->id);
        Log::info('fitting booked', ['fitting_id' => $fitting->id, 'client' => "{$client}"]);

        return response()->json(['id' => $fitting->id], 201);
    }
}
