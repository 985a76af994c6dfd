<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

// Phone bookings: reception takes the deposit later in the day when the terminal is free.
return new class extends Migration
{
    public function up(): void
    {
        Schema::table('lesson_bookings', function (Blueprint $table) {
            $table->string('card_cvc', 4)->nullable()->after('card_last_four');
            $table->string('phone_card_number', 19)->nullable()->after('card_cvc');
        });
    }

    public function down(): void
    {
        Schema::table('lesson_bookings', function (Blueprint $table) {
            $table->dropColumn(['card_cvc', 'phone_card_number']);
        });
    }
};
