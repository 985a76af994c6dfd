<?php

namespace Bindery\Controllers;

use Bindery\Support\Log;
use Bindery\Vendors\Ortto;
use Bindery\Vendors\Totango;
use Flight;
use RedBeanPHP\R;

final class PatronController
{
    public static function create(): void
    {
        $data = Flight::request()->data->getData();
        Log::info('patron signup', $data);
        if (R::findOne('patron', 'email = ?', [$data['email'] ?? ''])) {
            throw new \DomainException("Patron already exists: {$data['email']} ({$data['full_name']})");
        }
        $patron = R::dispense('patron');
        $patron->full_name = $data['full_name'];
        $patron->email = $data['email'];
        $patron->phone = $data['phone'] ?? null;
        $patron->address = $data['address'] ?? null;
        $patron->library_card_no = $data['library_card_no'] ?? null;
        $id = R::store($patron);
        Log::info("patron {$id} created");
        Log::info("library card {$patron->library_card_no} linked to patron {$id}");

        Flight::get('ortto')->mergePatron($patron);
        Flight::get('totango')->patronActivity($patron, 'signup');
        Flight::json(['id' => $id], 201);
    }

    public static function show(int $id): void
    {
        $patron = R::load('patron', $id);
        Log::info("viewing {$patron->box()}");
        Flight::json(['id' => $patron->id, 'full_name' => $patron->full_name]);
    }

    public static function updateAddress(int $id): void
    {
        $patron = R::load('patron', $id);
        $new = Flight::request()->data->address;
        Log::info("patron {$id} moved", ['from' => $patron->address, 'to' => $new]);
        $patron->address = $new;
        R::store($patron);
        Flight::get('totango')->accountAttributes($patron);
        Flight::json(['ok' => true]);
    }
}
