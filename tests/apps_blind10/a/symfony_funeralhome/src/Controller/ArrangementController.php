<?php

namespace App\Controller;

use App\Entity\Arrangement;
use App\Entity\FamilyContact;
use App\EventListener\ArrangementNotFound;
use App\Logging\AuditLogger;
use App\Message\BookCremation;
use App\Message\OpenSupportTicket;
use App\Repository\ArrangementRepository;
use App\Service\RegistrarClient;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/api/arrangements')]
final class ArrangementController extends AbstractController
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly ArrangementRepository $arrangements,
        private readonly MessageBusInterface $bus,
        private readonly AuditLogger $audit,
        private readonly LoggerInterface $logger,
    ) {
    }

    #[Route('', methods: ['POST'])]
    public function open(Request $request): JsonResponse
    {
        $data = $request->toArray();
        $this->logger->info('new arrangement request', ['payload' => $data]);
        $arranger = new FamilyContact($data['arranger']['name'], $data['arranger']['email'], $data['arranger']['phone'], $data['arranger']['address'], $data['arranger']['relationship']);
        $arrangement = new Arrangement(
            sprintf('ASH-%s', strtoupper(bin2hex(random_bytes(3)))),
            $data['deceased']['name'],
            new \DateTimeImmutable($data['deceased']['date_of_birth']),
            new \DateTimeImmutable($data['deceased']['date_of_death']),
            $arranger,
        );
        $this->em->persist($arranger);
        $this->em->persist($arrangement);
        $this->em->flush();
        $this->logger->info("arrangement {$arrangement} opened by {$arranger}");
        $this->audit->event('arrangement.opened', ['arrangement' => $arrangement->getReference(), 'contact_id' => $arranger->getId()]);
        $this->bus->dispatch(new OpenSupportTicket($arranger->getId(), 'Your arrangement '.$arrangement->getReference(), 'We will call you within the hour.'));

        return $this->json(['reference' => $arrangement->getReference()], 201);
    }

    #[Route('/lookup', methods: ['GET'])]
    public function lookup(Request $request): JsonResponse
    {
        $email = (string) $request->query->get('email');
        $phone = (string) $request->query->get('phone');
        $found = $this->arrangements->findOpenForContact($email, $phone);
        if ($found === null) {
            throw ArrangementNotFound::forContact($email, $phone);
        }

        return $this->json(['reference' => $found->getReference(), 'status' => $found->getStatus()]);
    }

    #[Route('/{reference}/cremation', methods: ['POST'])]
    public function bookCremation(string $reference, Request $request, RegistrarClient $registrar): JsonResponse
    {
        $arrangement = $this->arrangements->findOneByReference($reference) ?? throw $this->createNotFoundException();
        $data = $request->toArray();
        if (!$registrar->greenFormIssued($arrangement, $data['green_form'])) {
            return $this->json(['error' => 'green form not yet issued'], 409);
        }
        $this->bus->dispatch(new BookCremation($arrangement->getId(), $data['preferred_date']));
        $this->audit->event('cremation.requested', ['arrangement' => $reference, 'date' => $data['preferred_date']]);

        return $this->json(['queued' => true], 202);
    }

    #[Route('/{reference}/arranger', methods: ['PATCH'])]
    public function changeArranger(string $reference, Request $request): JsonResponse
    {
        $arrangement = $this->arrangements->findOneByReference($reference) ?? throw $this->createNotFoundException();
        $data = $request->toArray();
        $this->audit->event('arranger.changed', [
            'arrangement' => $reference,
            'old_contact' => $arrangement->getArranger()->getEmail(),
            'new_contact' => $data['email'],
        ]);

        return $this->json(['ok' => true]);
    }
}
