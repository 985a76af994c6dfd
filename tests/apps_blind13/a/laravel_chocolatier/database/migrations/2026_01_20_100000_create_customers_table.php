<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('customers', function (Blueprint $table) {
            $table->id();
            $table->string('name');
            $table->string('email')->unique();
            $table->string('phone', 32)->nullable();
            $table->string('address_line')->nullable();
            $table->string('postcode', 10)->nullable();
            $table->date('date_of_birth')->nullable();
            $table->string('password');
            $table->rememberToken();
            $table->timestamps();
        });

        Schema::create('box_subscriptions', function (Blueprint $table) {
            $table->id();
            $table->foreignId('customer_id')->constrained();
            $table->string('plan', 30);
            $table->string('gateway_customer', 64);
            $table->string('card_brand', 16)->nullable();
            $table->char('card_last4', 4)->nullable();
            $table->date('next_box_on');
            $table->string('status', 20)->default('active');
            $table->timestamps();
        });

        Schema::create('gift_cards', function (Blueprint $table) {
            $table->id();
            $table->string('gift_card_number', 16)->unique();
            $table->unsignedInteger('balance_pence');
            $table->string('purchaser_email')->nullable();
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('gift_cards');
        Schema::dropIfExists('box_subscriptions');
        Schema::dropIfExists('customers');
    }
};
