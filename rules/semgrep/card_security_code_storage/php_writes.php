<?php
function spoolAuthorisation(array $form, $fh): void
{
    // ruleid: card-security-code-file-write-php
    fwrite($fh, $form['order_id'] . ';' . $form['cvc'] . "\n");
    // ok: card-security-code-file-write-php
    fwrite($fh, $form['order_id'] . ';' . (empty($form['cvc']) ? 'no' : 'yes') . "\n");
    // ruleid: card-security-code-file-write-php
    Storage::disk('local')->append('auth.log', json_encode(['cvv' => $form['cvv']]));
}
