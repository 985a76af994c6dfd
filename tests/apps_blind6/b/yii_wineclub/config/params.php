<?php

return [
    'adminEmail' => 'cellar@example-wineclub.com',
    'senderEmail' => 'noreply@example-wineclub.com',
    'senderName' => 'Vineyard Club mailer',
    'supportPhone' => '+1 555 0134',
    'gatewayBaseUrl' => 'https://api.grapepay.example/v1',
    'courierBaseUrl' => 'http://courier-gateway.example.net/api',
    'intercomToken' => getenv('INTERCOM_TOKEN'),
    'shipmentEmailTemplate' => 'tpl_shipment_v3',
];
