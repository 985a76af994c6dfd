<?php

use App\Http\Controllers\CustomerController;
use App\Http\Controllers\PhoneOrderController;
use App\Http\Controllers\Webhooks\FramepayWebhookController;
use Illuminate\Support\Facades\Route;

Route::post('/customers', [CustomerController::class, 'store']);
Route::post('/customers/{customer}/orders', [CustomerController::class, 'order']);
Route::post('/orders/{order}/phone-payment', [PhoneOrderController::class, 'store']);
Route::post('/customers/{customer}/cards', [PhoneOrderController::class, 'saveCard']);
Route::post('/webhooks/framepay', FramepayWebhookController::class);
