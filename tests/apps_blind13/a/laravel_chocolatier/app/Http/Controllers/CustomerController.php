<?php

namespace App\Http\Controllers;

use App\Jobs\SyncYotpoCustomer;
use App\Models\Customer;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class CustomerController extends Controller
{
    public function store(Request $request)
    {
        $data = $request->validate([
            'name' => 'required|string|max:120',
            'email' => 'required|email|unique:customers',
            'phone' => 'nullable|string|max:32',
            'address_line' => 'nullable|string',
            'postcode' => 'nullable|string|max:10',
            'date_of_birth' => 'nullable|date',
            'password' => 'required|min:10',
        ]);
        Log::debug('customer signup', $request->all());
        $customer = Customer::create($data);
        Log::channel('audit')->info('customer.created', ['id' => $customer->id]);
        SyncYotpoCustomer::dispatch($customer);
        Log::info("welcome pack queued for {$customer}");

        return response()->json(['id' => $customer->id], 201);
    }

    public function update(Request $request)
    {
        $customer = $request->user();
        $customer->fill($request->only(['phone', 'address_line', 'postcode']))->save();
        Log::channel('audit')->info('customer.updated', ['id' => $customer->id, 'changes' => $customer->getChanges()]);
        Log::info('customer profile updated', ['customer_id' => $customer->id, 'fields' => array_keys($customer->getChanges())]);

        return response()->noContent();
    }
}
