<?php

use App\Http\Controllers\CustomerController;
use App\Http\Controllers\PhoneOrderController;
use App\Http\Controllers\SubscriptionController;
use App\Http\Controllers\WebhookController;
use Illuminate\Support\Facades\Route;

Route::post('/customers', [CustomerController::class, 'store']);
Route::middleware('auth:sanctum')->group(function () {
    Route::patch('/customers/me', [CustomerController::class, 'update']);
    Route::post('/subscriptions', [SubscriptionController::class, 'store']);
});
Route::post('/phone-orders', [PhoneOrderController::class, 'store'])->middleware('can:take-phone-orders');
Route::post('/webhooks/tempered', [WebhookController::class, 'tempered']);
