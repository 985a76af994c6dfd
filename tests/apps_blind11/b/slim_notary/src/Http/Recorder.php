<?php

declare(strict_types=1);

namespace Sealright\Http;

use Sealright\Domain\Signer;
use Symfony\Contracts\HttpClient\HttpClientInterface;

final class Recorder
{
    public function __construct(private HttpClientInterface $client)
    {
    }

    public function fileJournalEntry(Signer $s, string $documentKind, string $idNumber): string
    {
        $res = $this->client->request('POST', 'journal', ['json' => [
            'signer_name' => $s->fullName,
            'id_type' => $s->idType,
            'id_number' => $idNumber,
            'document' => $documentKind,
        ]]);
        return $res->toArray()['entry_no'];
    }

    public function feeSchedule(): array
    {
        return $this->client->request('GET', 'fees')->toArray();
    }
}
