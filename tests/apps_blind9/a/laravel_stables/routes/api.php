<?php

use App\Http\Controllers\LessonBookingController;
use App\Http\Controllers\LiveryCardController;
use App\Http\Middleware\AddRiderLogContext;
use Illuminate\Support\Facades\Route;

Route::middleware(['auth:rider', AddRiderLogContext::class])->group(function () {
    Route::post('/lessons', [LessonBookingController::class, 'store'])->name('lessons.store');
    Route::post('/livery-cards', [LiveryCardController::class, 'store'])->name('livery-cards.store');
});

Route::middleware(['auth:staff'])->group(function () {
    Route::post('/reception/lessons', [LessonBookingController::class, 'storePhone'])->name('reception.lessons');
});
