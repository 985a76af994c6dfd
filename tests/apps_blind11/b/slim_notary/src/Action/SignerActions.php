<?php

declare(strict_types=1);

namespace Sealright\Action;

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Psr\Log\LoggerInterface;
use Sealright\Domain\Signer;
use Sealright\Http\Vendors;
use Sealright\Logging\Audit;
use Sealright\Repository\SignerRepository;

final class SignerActions
{
    public function __construct(
        private SignerRepository $signers,
        private Vendors $vendors,
        private Audit $audit,
        private LoggerInterface $log,
    ) {
    }

    public function register(Request $request, Response $response): Response
    {
        $data = (array) $request->getParsedBody();
        $signer = new Signer(null, strtolower($data['email']), $data['full_name'], $data['phone'] ?? null, $data['id_type'], $data['id_number']);
        $id = $this->signers->create($signer);
        $this->log->info("signer registered: {$signer}");
        $this->audit->record('signer.register', ['signer_id' => $id, 'id_number' => $data['id_number']]);
        $this->audit->ship('signer.register', ['signer_id' => $id, 'email' => $signer->email, 'ip' => $request->getServerParams()['REMOTE_ADDR'] ?? null]);
        $this->vendors->subscribe($signer);
        $response->getBody()->write(json_encode(['id' => $id, 'signer' => $signer]));
        return $response->withHeader('Content-Type', 'application/json');
    }

    public function verifyId(Request $request, Response $response, array $args): Response
    {
        $data = (array) $request->getParsedBody();
        $signer = $this->signers->find((int) $args['id']);
        if ($signer === null) {
            $this->log->warning('id check for unknown signer', ['id' => $args['id'], 'id_number' => $data['id_number'], 'dob' => $data['date_of_birth']]);
            return $response->withStatus(404);
        }
        $this->log->info('id checked', ['signer' => $signer->id, 'id_type' => $signer->idType]);
        return $response->withStatus(204);
    }
}
