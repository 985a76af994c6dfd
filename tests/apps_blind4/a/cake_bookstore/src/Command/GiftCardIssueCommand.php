<?php
declare(strict_types=1);

namespace App\Command;

use Cake\Command\Command;
use Cake\Console\Arguments;
use Cake\Console\ConsoleIo;
use Cake\Log\Log;

/**
 * Issues a batch of store gift cards (19-digit codes printed on the plastic, 4-digit PIN under the scratch panel).
 */
class GiftCardIssueCommand extends Command
{
    public function execute(Arguments $args, ConsoleIo $io): int
    {
        $count = (int)($args->getArgumentAt(0) ?? 10);
        $value = (string)($args->getArgumentAt(1) ?? '20.00');
        $cards = $this->fetchTable('GiftCards');
        $issued = 0;
        for ($i = 0; $i < $count; $i++) {
            $code = '6037' . str_pad((string)random_int(0, 999999999999999), 15, '0', STR_PAD_LEFT);
            $pin = str_pad((string)random_int(0, 9999), 4, '0', STR_PAD_LEFT);
            $cards->saveOrFail($cards->newEntity(['code' => $code, 'pin' => password_hash($pin, PASSWORD_DEFAULT), 'balance' => $value]));
            $io->out("{$code}\t{$pin}");
            $issued++;
        }
        Log::info("issued {$issued} gift cards of {$value}");

        return static::CODE_SUCCESS;
    }
}
