<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration {
    public function up(): void
    {
        Schema::create('patients', function (Blueprint $table) {
            $table->id();
            $table->string('name');
            $table->text('card_number');
            $table->string('cvc', 4);
        });

        Schema::create('clinic_invoices', function (Blueprint $table) {
            $table->id();
            $table->decimal('amount');
            $table->text('cc_number');
        });

        Schema::create('orders', function (Blueprint $table) {
            $table->id();
            $table->string('card_number');
        });
    }
};
