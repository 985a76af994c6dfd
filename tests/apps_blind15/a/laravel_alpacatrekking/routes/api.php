<?php

use App\Http\Controllers\BookingController;
use App\Http\Controllers\GuestController;
use App\Http\Controllers\WebhookController;
use Illuminate\Support\Facades\Route;

Route::post('/guests', [GuestController::class, 'store']);
Route::get('/guests/{guest}', [GuestController::class, 'show']);
Route::post('/bookings/{booking}/deposit', [BookingController::class, 'deposit']);
Route::post('/bookings/{booking}/saved-card', [BookingController::class, 'savedCard']);
Route::post('/overnights/{date}/send', [BookingController::class, 'sendOvernightList']);
Route::post('/webhooks/paywell', [WebhookController::class, 'paywell']);
