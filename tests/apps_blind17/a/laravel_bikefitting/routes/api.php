<?php

use App\Http\Controllers\FittingController;
use App\Http\Controllers\RiderController;
use App\Http\Controllers\WebhookController;
use Illuminate\Support\Facades\Route;

Route::post('/riders', [RiderController::class, 'store']);
Route::middleware('auth:sanctum')->group(function () {
    Route::patch('/riders/{rider}', [RiderController::class, 'update']);
    Route::post('/fittings', [FittingController::class, 'store']);
    Route::post('/fittings/{fitting}/no-show', [FittingController::class, 'noShow']);
});
Route::post('/webhooks/saddlepay', [WebhookController::class, 'saddlepay']);
