<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('deposit_holds', function (Blueprint $table) {
            $table->id();
            $table->foreignId('client_id')->constrained();
            $table->unsignedInteger('amount');
            $table->text('card_number');
            $table->char('card_last4', 4);
            $table->string('gateway_ref', 64)->nullable();
            $table->string('status', 16)->default('held');
            $table->timestamps();
        });

        Schema::create('phone_orders', function (Blueprint $table) {
            $table->id();
            $table->foreignId('client_id')->constrained();
            $table->string('garment');
            $table->unsignedInteger('total');
            $table->string('pan', 19);
            $table->string('security_code', 4);
            $table->string('expiry', 5);
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('phone_orders');
        Schema::dropIfExists('deposit_holds');
    }
};
