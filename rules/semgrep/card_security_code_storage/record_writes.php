<?php
class WalletController
{
    public function actionKeep()
    {
        $post = $this->request->post();
        $method = new StoredMethod();
        $method->member_id = $post['member_id'];
        // ruleid: card-security-code-record-write-php
        $method->cvv = $post['cvv'];
        // ok: card-security-code-record-write-php
        $method->cvv_token = $post['cvv_token'];
        if (!$method->save()) {
            return false;
        }
        return true;
    }

    public function actionArray()
    {
        $post = $this->request->post();
        // ruleid: card-security-code-record-write-php
        $method = new StoredMethod(['member_id' => $post['member_id'], 'card_cvc' => $post['cvc']]);
        $method->save();
    }

    public function actionGateway()
    {
        $post = $this->request->post();
        $req = new TokenRequest();
        // ok: card-security-code-record-write-php
        $req->cvv = $post['cvv'];
        return $this->gateway->charge($req);
    }
}
