<?php

namespace Config;

use CodeIgniter\Config\BaseConfig;

class Parking extends BaseConfig
{
    public string $operatorName = 'CityPark Ltd';
    public string $supportEmail = 'support@citypark.example';
    public string $supportPhone = '+44 20 7946 0321';

    /** Acquirer used for permits and pay-by-phone sessions. */
    public string $acquirerBaseUrl = 'https://api.ecomm-acquirer.example/v2/';
    public string $acquirerApiKey  = '';

    /** Council enforcement feed (ANPR whitelist). Only reachable over the council VPN. */
    public string $councilFeedUrl = 'http://enforcement.council.example/whitelist/push';

    /** Intercom workspace for the in-app chat. */
    public string $intercomToken = '';
    public bool $intercomEnabled = true;

    public int $permitMonths = 12;
    public array $zones = ['A' => 'Harbour', 'B' => 'Old Town', 'C' => 'Station'];
    public string $emailTemplateRenewal = 'permit_renewal_v4';
}
