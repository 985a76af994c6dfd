<?php

namespace App\Http\Controllers;

use App\Models\Booking;
use Illuminate\Support\Facades\Log;

class ReceiptController extends Controller
{
    public function show(int $id)
    {
        $booking = Booking::findOrFail($id);
        Log::info('Receipt viewed', ['booking' => $booking->id]);

        return response()->json([
            'id' => $booking->id,
            'workshop' => $booking->workshop_code,
            'card' => '**** '.$booking->card_last_four,
            'reference' => $booking->payment_reference,
        ]);
    }
}
