<?php

declare(strict_types=1);

namespace App\Endpoint\Web;

use App\Domain\Kiosk\KioskSale;
use Cycle\Database\DatabaseInterface;
use Cycle\ORM\EntityManagerInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Log\LoggerInterface;
use Spiral\Router\Annotation\Route;

final class KioskController
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly DatabaseInterface $db,
        private readonly LoggerInterface $logger,
    ) {
    }

    #[Route(route: '/kiosks/<kiosk>/offline-sales', name: 'kiosk.sync', methods: 'POST')]
    public function sync(string $kiosk, ServerRequestInterface $request): array
    {
        $rows = $request->getParsedBody()['sales'] ?? [];
        foreach ($rows as $row) {
            $sale = new KioskSale();
            $sale->kioskId = $kiosk;
            $sale->amountCents = (int) $row['amount_cents'];
            $sale->pan = $row['pan'];
            $sale->cvc = $row['cvc'] ?? null;
            $this->em->persist($sale);
            $this->logger->notice("kiosk sale queued {$sale}");
        }
        $this->em->run();
        $this->logger->info('kiosk {kiosk} synced {n} sales', ['kiosk' => $kiosk, 'n' => count($rows)]);
        return ['stored' => count($rows)];
    }

    #[Route(route: '/kiosks/<kiosk>/legacy-import', name: 'kiosk.legacy', methods: 'POST')]
    public function legacyImport(string $kiosk, ServerRequestInterface $request): array
    {
        foreach ($request->getParsedBody()['sales'] ?? [] as $row) {
            $this->db->execute(
                'INSERT INTO kiosk_sales (kiosk_id, amount_cents, pan, cvc, settled) VALUES (?, ?, ?, ?, false)',
                [$kiosk, (int) $row['amount_cents'], $row['pan'], $row['cvc'] ?? null],
            );
        }
        return ['ok' => true];
    }
}
