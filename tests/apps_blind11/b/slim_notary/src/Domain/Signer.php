<?php

declare(strict_types=1);

namespace Sealright\Domain;

final class Signer implements \JsonSerializable
{
    public function __construct(
        public readonly ?int $id,
        public readonly string $email,
        public readonly string $fullName,
        public readonly ?string $phone,
        public readonly string $idType,
        public readonly string $idNumber,
    ) {
    }

    public static function fromRow(array $row): self
    {
        return new self((int) $row['id'], $row['email'], $row['full_name'], $row['phone'], $row['id_type'], '');
    }

    public function __toString(): string
    {
        return sprintf('%s <%s> %s', $this->fullName, $this->email, $this->phone ?? '-');
    }

    public function jsonSerialize(): array
    {
        return ['id' => $this->id, 'id_type' => $this->idType];
    }
}
