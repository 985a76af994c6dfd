<?php

namespace Bindery\Vendors;

use Curl\Curl;
use RedBeanPHP\OODBBean;

final class Ortto
{
    public function __construct(private Curl $curl)
    {
    }

    public function mergePatron(OODBBean $patron): void
    {
        [$first, $last] = array_pad(explode(' ', $patron->full_name, 2), 2, '');
        $fields = ['str::ei' => 'patron-' . $patron->id];
        $fields['str::email'] = $patron->email;
        $fields['str::first'] = $first;
        $fields['str::last'] = $last;
        $fields['phn::phone'] = ['phone' => $patron->phone, 'parse_with_country_code' => true];
        $this->curl->post('/person/merge', [
            'people' => [['fields' => $fields]],
            'merge_by' => ['str::email'],
            'find_strategy' => 0,
        ]);
    }

    public function trackCommission(int $patronId, int $commissionId, string $style): void
    {
        $this->curl->post('/activities/create', [
            'activities' => [[
                'activity_id' => 'act:cm:commission-placed',
                'attributes' => ['str:cm:binding-style' => $style, 'int:cm:commission' => $commissionId],
                'fields' => ['str::ei' => 'patron-' . $patronId],
            ]],
            'merge_by' => ['str::ei'],
        ]);
    }
}
