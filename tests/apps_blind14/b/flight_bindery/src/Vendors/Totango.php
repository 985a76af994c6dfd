<?php

namespace Bindery\Vendors;

use Curl\Curl;
use RedBeanPHP\OODBBean;

final class Totango
{
    public function __construct(private string $pixelUrl, private string $serviceId)
    {
    }

    public function patronActivity(OODBBean $patron, string $activity): void
    {
        $curl = new Curl();
        $curl->get($this->pixelUrl, [
            'sdr_s' => $this->serviceId,
            'sdr_o' => 'patron-' . $patron->id,
            'sdr_u' => $patron->email,
            'sdr_a' => $activity,
            'sdr_m' => 'commissions',
        ]);
    }

    public function accountAttributes(OODBBean $patron): void
    {
        $curl = new Curl();
        $curl->get($this->pixelUrl, [
            'sdr_s' => $this->serviceId,
            'sdr_o' => 'patron-' . $patron->id,
            'sdr_o.Name' => $patron->full_name,
            'sdr_o.Phone' => $patron->phone,
        ]);
    }
}
