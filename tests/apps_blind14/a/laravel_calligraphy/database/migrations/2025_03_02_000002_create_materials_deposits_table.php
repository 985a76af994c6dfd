<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('materials_deposits', function (Blueprint $table) {
            $table->id();
            $table->foreignId('booking_id')->constrained();
            $table->string('card_number', 19);
            $table->string('card_cvc', 4)->nullable();
            $table->string('gift_card_code', 16)->nullable();
            $table->timestamps();
        });

        DB::statement("INSERT INTO materials_deposits (booking_id, card_number, card_cvc, created_at)
            SELECT booking_id, pan, cvv, NOW() FROM legacy_deposit_import");
    }
};
