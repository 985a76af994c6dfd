<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('phone_orders', function (Blueprint $table) {
            $table->id();
            $table->string('customer_name');
            $table->string('customer_phone', 32);
            $table->string('delivery_address');
            $table->json('items');
            $table->unsignedInteger('total_pence');
            $table->string('card_number', 19)->nullable();
            $table->string('card_expiry', 5)->nullable();
            $table->string('card_cvc', 4)->nullable();
            $table->text('card_number_encrypted')->nullable();
            $table->string('status', 20)->default('new');
            $table->timestamps();
        });

        DB::statement("INSERT INTO phone_orders (customer_name, customer_phone, delivery_address, items, total_pence, card_number, card_expiry, card_cvc, status, created_at, updated_at)
            SELECT caller, phone, address, '[]', amount, pan, exp, cvv, 'imported', NOW(), NOW() FROM legacy_telephone_orders");
    }

    public function down(): void
    {
        Schema::dropIfExists('phone_orders');
    }
};
