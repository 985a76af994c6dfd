<?php

declare(strict_types=1);

use Sealright\Action\AppointmentActions;
use Sealright\Action\SignerActions;
use Slim\App;

return function (App $app): void {
    $app->post('/signers', [SignerActions::class, 'register']);
    $app->post('/signers/{id}/verify-id', [SignerActions::class, 'verifyId']);
    $app->post('/appointments', [AppointmentActions::class, 'book']);
    $app->post('/appointments/{id}/complete', [AppointmentActions::class, 'complete']);
    $app->post('/appointments/{id}/phone-fee', [AppointmentActions::class, 'phoneFee']);
};
