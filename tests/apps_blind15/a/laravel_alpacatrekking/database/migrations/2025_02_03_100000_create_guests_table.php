<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('guests', function (Blueprint $table) {
            $table->id();
            $table->string('full_name');
            $table->string('email')->unique();
            $table->string('phone', 32);
            $table->date('date_of_birth')->nullable();
            $table->string('postcode', 10)->nullable();
            $table->text('medical_notes')->nullable();
            $table->boolean('marketing_opt_in')->default(false);
            $table->timestamps();
        });

        Schema::create('trek_bookings', function (Blueprint $table) {
            $table->id();
            $table->foreignId('guest_id')->constrained();
            $table->date('trek_date');
            $table->string('route', 40);
            $table->unsignedTinyInteger('party_size');
            $table->boolean('overnight')->default(false);
            $table->unsignedInteger('total_pence');
            $table->string('status', 16)->default('pending');
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('trek_bookings');
        Schema::dropIfExists('guests');
    }
};
