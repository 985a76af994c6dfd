<?php

namespace app\components;

use Yii;
use yii\base\Component;

/**
 * Writes staff actions to the audit log category with ids only.
 */
class AuditTrail extends Component
{
    public $category = 'audit';

    public function record(string $action, array $context = []): void
    {
        $entry = array_merge([
            'action' => $action,
            'staff_id' => Yii::$app->user->id ?? null,
            'request_id' => Yii::$app->request->headers->get('X-Request-Id'),
            'at' => date(DATE_ATOM),
        ], $context);
        Yii::info($entry, $this->category);
    }

    public function memberTierChanged(int $memberId, string $from, string $to): void
    {
        $this->record('tier_changed', ['member_id' => $memberId, 'from' => $from, 'to' => $to]);
    }

    public function cardRemoved(int $memberId, int $cardId, string $lastDigits): void
    {
        $this->record('card_removed', ['member_id' => $memberId, 'card_id' => $cardId, 'last4' => $lastDigits]);
    }
}
