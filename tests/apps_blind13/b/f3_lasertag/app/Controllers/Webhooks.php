<?php
namespace App\Controllers;

use App\Lib\Logger;

class Webhooks
{
    public function zapline(\Base $f3): void
    {
        $raw = $f3->get('BODY');
        $sig = $f3->get('HEADERS.X-Zapline-Signature');
        if (!hash_equals(hash_hmac('sha256', $raw, getenv('ZAPLINE_WEBHOOK_SECRET')), (string) $sig)) {
            Logger::channel('webhooks')->warning('zapline signature mismatch');
            $f3->error(401);
            return;
        }
        $event = json_decode($raw, true);
        Logger::channel('webhooks')->info(sprintf('zapline %s ref=%s', $event['type'] ?? '?', $event['ref'] ?? '?'));
        echo '{}';
    }
}
