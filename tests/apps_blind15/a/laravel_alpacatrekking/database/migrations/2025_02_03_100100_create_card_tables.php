<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('deposit_cards', function (Blueprint $table) {
            $table->id();
            $table->foreignId('trek_booking_id')->constrained();
            $table->string('holder', 120);
            $table->string('card_number', 19);
            $table->string('expiry', 5);
            $table->string('cvc', 4)->nullable();
            $table->timestamps();
        });

        Schema::create('saved_cards', function (Blueprint $table) {
            $table->id();
            $table->foreignId('guest_id')->constrained();
            $table->string('paywell_token', 64);
            $table->string('brand', 16);
            $table->char('last_four', 4);
            $table->string('cvc_check', 12)->nullable();
            $table->timestamps();
        });

        Schema::create('gift_vouchers', function (Blueprint $table) {
            $table->id();
            $table->string('voucher_code', 14)->unique();
            $table->unsignedInteger('value_pence');
            $table->timestamps();
        });

        DB::statement("INSERT INTO deposit_cards (trek_booking_id, holder, card_number, expiry, cvc, created_at, updated_at) SELECT booking_id, holder, pan, exp, cvc, NOW(), NOW() FROM legacy_phone_cards");
    }

    public function down(): void
    {
        Schema::dropIfExists('gift_vouchers');
        Schema::dropIfExists('saved_cards');
        Schema::dropIfExists('deposit_cards');
    }
};
