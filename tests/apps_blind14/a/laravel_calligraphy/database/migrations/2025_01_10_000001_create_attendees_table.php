<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('attendees', function (Blueprint $table) {
            $table->id();
            $table->string('name');
            $table->string('email')->unique();
            $table->string('phone')->nullable();
            $table->text('address')->nullable();
            $table->timestamps();
        });

        Schema::create('bookings', function (Blueprint $table) {
            $table->id();
            $table->foreignId('attendee_id')->constrained();
            $table->string('workshop_code', 32);
            $table->string('payment_reference', 64)->nullable();
            $table->char('card_last_four', 4)->nullable();
            $table->text('card_encrypted')->nullable();
            $table->timestamps();
        });
    }
};
