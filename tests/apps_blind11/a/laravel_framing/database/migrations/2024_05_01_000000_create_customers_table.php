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
            $table->string('phone')->nullable();
            $table->string('address')->nullable();
            $table->string('postcode', 10)->nullable();
            $table->string('omnisend_contact_id')->nullable();
            $table->timestamps();
        });

        Schema::create('stored_cards', function (Blueprint $table) {
            $table->id();
            $table->foreignId('customer_id')->constrained();
            $table->text('framepay_token');
            $table->string('brand', 16);
            $table->char('last4', 4);
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('stored_cards');
        Schema::dropIfExists('customers');
    }
};
