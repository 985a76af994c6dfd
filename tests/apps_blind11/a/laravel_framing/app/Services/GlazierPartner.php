<?php

namespace App\Services;

use App\Models\FramingOrder;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

class GlazierPartner
{
    public function orderGlass(FramingOrder $order): void
    {
        $customer = $order->customer;
        $response = Http::baseUrl(config('services.glazier.base_url'))
            ->withOptions(['verify' => config('services.glazier.verify')])
            ->post('/cut-orders', [
                'reference' => $order->id,
                'glazing' => $order->glazing,
                'size' => [$order->width_mm, $order->height_mm],
                'deliver_to' => ['name' => $customer->name, 'address' => $customer->address, 'postcode' => $customer->postcode],
            ]);
        Log::info('glazier order sent', ['order_id' => $order->id, 'status' => $response->status()]);
    }

    public function cutMount(FramingOrder $order): void
    {
        Http::baseUrl(config('services.mount_cutter.base_url'))
            ->post('/jobs', ['order' => $order->id, 'width' => $order->width_mm, 'height' => $order->height_mm]);
    }
}
