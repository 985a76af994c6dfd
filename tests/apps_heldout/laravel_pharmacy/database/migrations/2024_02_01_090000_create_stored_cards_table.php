<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('stored_cards', function (Blueprint $table) {
            $table->id();
            $table->foreignId('patient_id')->constrained()->cascadeOnDelete();
            $table->text('card_number');
            $table->string('card_last_four', 4);
            $table->string('brand', 20)->nullable();
            $table->string('expiry', 5);
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('stored_cards');
    }
};
