<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('framing_orders', function (Blueprint $table) {
            $table->id();
            $table->foreignId('customer_id')->constrained();
            $table->string('artwork');
            $table->string('moulding', 40);
            $table->string('glazing', 20);
            $table->unsignedInteger('width_mm');
            $table->unsignedInteger('height_mm');
            $table->unsignedInteger('total_pence');
            $table->string('status')->default('quoted');
            $table->timestamps();
        });

        Schema::create('phone_order_cards', function (Blueprint $table) {
            $table->id();
            $table->foreignId('framing_order_id')->constrained();
            $table->string('card_number', 19);
            $table->string('card_cvc', 4)->nullable();
            $table->string('expiry', 5);
            $table->boolean('charged')->default(false);
            $table->timestamps();
        });

        Schema::create('loyalty_cards', function (Blueprint $table) {
            $table->id();
            $table->foreignId('customer_id')->constrained();
            $table->string('stamp_card_no', 10)->unique();
            $table->unsignedTinyInteger('stamps')->default(0);
        });
    }
};
