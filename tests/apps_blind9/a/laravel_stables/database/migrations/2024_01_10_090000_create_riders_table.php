<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('riders', function (Blueprint $table) {
            $table->id();
            $table->string('first_name');
            $table->string('last_name');
            $table->string('email')->unique();
            $table->string('phone', 32);
            $table->date('date_of_birth');
            $table->unsignedSmallInteger('weight_kg')->nullable();
            $table->string('federation_number', 16)->nullable();
            $table->string('emergency_contact_name')->nullable();
            $table->string('emergency_contact_phone', 32)->nullable();
            $table->text('medical_notes')->nullable();
            $table->timestamps();
        });

        Schema::create('lesson_bookings', function (Blueprint $table) {
            $table->id();
            $table->foreignId('rider_id')->constrained();
            $table->unsignedInteger('horse_id')->nullable();
            $table->unsignedInteger('instructor_id');
            $table->string('arena', 16);
            $table->dateTime('starts_at');
            $table->string('kind', 24);
            $table->unsignedInteger('deposit_pence')->default(0);
            $table->string('status', 16)->default('pending');
            $table->string('gateway_payment_id', 40)->nullable();
            $table->char('card_last_four', 4)->nullable();
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('lesson_bookings');
        Schema::dropIfExists('riders');
    }
};
