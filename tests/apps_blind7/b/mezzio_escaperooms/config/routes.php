<?php

declare(strict_types=1);

use App\Handler;
use Mezzio\Application;
use Mezzio\MiddlewareFactory;
use Psr\Container\ContainerInterface;

return static function (Application $app, MiddlewareFactory $factory, ContainerInterface $container): void {
    $app->post('/api/bookings', Handler\CreateBookingHandler::class, 'bookings.create');
    $app->post('/staff/events/{id:\d+}/card', Handler\CorporateCardHandler::class, 'events.card');
    $app->get('/staff/rooms/status', Handler\RoomStatusHandler::class, 'rooms.status');
};
