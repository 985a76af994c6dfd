<?php

use App\Http\Controllers\BookingController;
use Illuminate\Support\Facades\Route;

Route::post('/bookings', [BookingController::class, 'store']);
Route::post('/webhooks/quillpay', [BookingController::class, 'quillpayWebhook']);
Route::get('/bookings/{id}/receipt', [\App\Http\Controllers\ReceiptController::class, 'show']);
