<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration {
    public function up(): void
    {
        Schema::create('patients', function (Blueprint $table) {
            $table->id();
            $table->string('email');
            $table->string('card_number'); // expect: card_number_storage
            $table->string('card_last4', 4);
            $table->string('payment_token');
            $table->char('card_number_suffix', 4);
            $table->string('cvc', 4); // expect: card_security_code_storage
        });
    }
};
