<?php
class WalletController
{
    public function actionKeep()
    {
        $post = $this->request->post();
        $method = new StoredMethod();
        $method->member_id = $post['member_id'];
        // ruleid: card-number-record-write-php
        $method->card_no = $post['card_no'];
        // ok: card-number-record-write-php
        $method->card_last4 = substr($post['card_no'], -4);
        if (!$method->save()) {
            return false;
        }
        return true;
    }

    public function actionArray()
    {
        $post = $this->request->post();
        // ruleid: card-number-record-write-php
        $method = new StoredMethod(['member_id' => $post['member_id'], 'cc_number' => $post['cc_number']]);
        $method->save();
    }

    public function actionGateway()
    {
        $post = $this->request->post();
        $req = new TokenRequest();
        // ok: card-number-record-write-php
        $req->card_no = $post['card_no'];
        return $this->gateway->charge($req);
    }
}
