<?php

declare(strict_types=1);

namespace App\Handler;

use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\GuzzleException;
use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Psr\Log\LoggerInterface;

/** Health page for staff: asks the room controller (puzzle props, door maglocks) whether rooms are reset. */
final class RoomStatusHandler implements RequestHandlerInterface
{
    public function __construct(private ClientInterface $http, private string $statusUrl, private LoggerInterface $logger)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        try {
            $response = $this->http->request('GET', $this->statusUrl, ['timeout' => 2]);
            $rooms = json_decode((string) $response->getBody(), true);
        } catch (GuzzleException $e) {
            $this->logger->error('Room controller unreachable at {url}', ['url' => $this->statusUrl, 'error' => $e->getMessage()]);
            return new JsonResponse(['controller' => 'down'], 503);
        }
        return new JsonResponse(['controller' => 'up', 'rooms' => $rooms]);
    }
}
