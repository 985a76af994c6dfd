<?php

namespace Bindery\Controllers;

use Bindery\Http\Clients;
use Bindery\Support\Log;
use Flight;
use RedBeanPHP\R;

final class CommissionController
{
    public static function create(): void
    {
        $data = Flight::request()->data;
        $commission = R::dispense('commission');
        $commission->patron_id = (int) $data->patron_id;
        $commission->title = $data->title;
        $commission->binding_style = $data->binding_style;
        $commission->quote_pence = (int) $data->quote_pence;
        $commission->status = 'quoted';
        $id = R::store($commission);
        Log::info("commission {$id} quoted", ['style' => $commission->binding_style]);

        Flight::get('ortto')->trackCommission($commission->patron_id, $id, $commission->binding_style);

        if ($data->binding_style === 'full-morocco') {
            $patron = R::load('patron', $commission->patron_id);
            $leather = Clients::leatherworks(Flight::get('config'));
            $leather->post('/orders', [
                'reference' => "QB-{$id}",
                'hide' => 'goatskin-morocco',
                'deliver_to' => ['name' => $patron->full_name, 'address' => $patron->address, 'phone' => $patron->phone],
            ]);
            $leather->post('/forecast', ['reference' => "QB-{$id}", 'hides' => 1]);
            Log::info("leather ordered for commission {$id}");
        }
        Flight::json(['id' => $id], 201);
    }
}
