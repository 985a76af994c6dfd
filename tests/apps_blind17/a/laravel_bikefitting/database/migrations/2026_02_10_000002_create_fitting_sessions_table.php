<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('fitting_sessions', function (Blueprint $table) {
            $table->id();
            $table->foreignId('rider_id')->constrained();
            $table->dateTime('starts_at');
            $table->string('package', 24);
            $table->string('bike_model', 80)->nullable();
            $table->string('saddlepay_token', 64)->nullable();
            $table->char('card_last4', 4)->nullable();
            $table->string('frame_serial', 32)->nullable();
            $table->string('status', 16)->default('booked');
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('fitting_sessions');
    }
};
