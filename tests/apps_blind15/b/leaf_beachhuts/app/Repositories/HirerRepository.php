<?php

namespace App\Repositories;

final class HirerRepository
{
    public function create(array $data): int
    {
        db()->insert('hirers')->params([
            'full_name' => $data['full_name'],
            'email' => $data['email'],
            'phone' => $data['phone'] ?? null,
            'home_address' => $data['home_address'] ?? null,
        ])->execute();
        return (int) db()->lastInsertId();
    }

    public function find(int $id): ?array
    {
        return db()->select('hirers')->where('id', $id)->first() ?: null;
    }

    public function linkNutshell(int $id, int $nutshellId): void
    {
        db()->update('hirers')->params(['nutshell_id' => $nutshellId])->where('id', $id)->execute();
    }
}
