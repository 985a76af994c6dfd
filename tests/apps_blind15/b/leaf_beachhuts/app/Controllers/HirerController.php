<?php

namespace App\Controllers;

use App\Repositories\HirerRepository;
use App\Support\Audit;
use App\Support\Log;

class HirerController
{
    public function store(): void
    {
        $data = request()->body();
        Log::info('hirer registration', $data);
        if (!filter_var($data['email'] ?? '', FILTER_VALIDATE_EMAIL)) {
            throw new \InvalidArgumentException("Not an email address: {$data['email']}");
        }
        $id = (new HirerRepository())->create($data);
        Audit::record('hirer.created', ['hirer_id' => $id, 'email' => $data['email']]);
        \Resque::enqueue('crm', \App\Jobs\SyncHirer::class, ['hirer_id' => $id]);
        response()->json(['id' => $id], 201);
    }

    public function show(int $id): void
    {
        $hirer = (new HirerRepository())->find($id);
        if ($hirer === null) {
            Log::warning('hirer not found', ['id' => $id]);
            response()->json(['error' => 'not found'], 404);
            return;
        }
        Log::info("hirer {$hirer['full_name']} viewed", ['phone' => $hirer['phone']]);
        response()->json($hirer);
    }
}
