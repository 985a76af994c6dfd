<?php

namespace App\Http\Controllers;

use App\Exceptions\OrderRejected;
use App\Jobs\SyncOmnisendContact;
use App\Models\Customer;
use App\Services\AuditTrail;
use App\Services\GlazierPartner;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Spatie\LaravelIgnition\Facades\Flare;

class CustomerController extends Controller
{
    public function __construct(private AuditTrail $audit, private GlazierPartner $glazier)
    {
    }

    public function store(Request $request)
    {
        $data = $request->validate([
            'name' => 'required|string|max:120',
            'email' => 'required|email',
            'phone' => 'nullable|string|max:32',
            'address' => 'nullable|string|max:200',
            'postcode' => 'nullable|string|max:10',
        ]);
        Log::debug('customer signup', $request->all());
        $customer = Customer::create($data);
        Log::info('customer created', ['customer_id' => $customer->id]);
        Log::info("new customer {$customer}");
        $this->audit->record('customer.created', $customer->id, ['email' => $customer->email, 'postcode' => $customer->postcode]);
        SyncOmnisendContact::dispatch($customer->id);
        Flare::context('customer', ['name' => $customer->name, 'email' => $customer->email, 'phone' => $customer->phone]);

        return response()->json(['id' => $customer->id], 201);
    }

    public function order(Request $request, Customer $customer)
    {
        $data = $request->validate([
            'artwork' => 'required|string',
            'moulding' => 'required|string',
            'glazing' => 'required|in:float,museum,acrylic',
            'width_mm' => 'required|integer|max:2400',
            'height_mm' => 'required|integer|max:2400',
        ]);
        if ($data['width_mm'] > 1800 && $data['glazing'] === 'museum') {
            throw new OrderRejected("oversize museum glass for {$customer->name} ({$customer->email}, {$customer->address})");
        }
        $order = $customer->orders()->create($data + ['total_pence' => 0, 'status' => 'quoted']);
        $this->glazier->orderGlass($order);
        $this->glazier->cutMount($order);
        Log::info('order created', ['order_id' => $order->id, 'customer_id' => $customer->id]);
        Flare::context('order', ['order_id' => $order->id]);

        return response()->json(['id' => $order->id], 201);
    }
}
