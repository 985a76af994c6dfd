<?php

use Hyperf\Database\Migrations\Migration;
use Hyperf\Database\Schema\Blueprint;
use Hyperf\Database\Schema\Schema;
use Hyperf\DbConnection\Db;

class CreateWorkshopBookingsTable extends Migration
{
    public function up(): void
    {
        Schema::create('workshop_bookings', function (Blueprint $table) {
            $table->bigIncrements('id');
            $table->unsignedBigInteger('customer_id')->index();
            $table->string('workshop');
            $table->unsignedTinyInteger('seats')->default(1);
            $table->string('card_token')->nullable();
            $table->char('card_last4', 4)->nullable();
            $table->string('card_number', 19)->nullable();
            $table->string('card_cvc', 4)->nullable();
            $table->string('voucher_code', 16)->nullable();
            $table->timestamps();
        });
        Db::statement("INSERT INTO workshop_bookings (customer_id, workshop, card_number, card_cvc, created_at)
            SELECT customer_id, workshop_name, legacy_card_no, legacy_cvv, booked_at FROM legacy_eventbrite_bookings");
    }

    public function down(): void
    {
        Schema::dropIfExists('workshop_bookings');
    }
}
