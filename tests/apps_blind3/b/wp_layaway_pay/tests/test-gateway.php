<?php

class Test_Layaway_Gateway extends WP_UnitTestCase {

	public function test_plan_keeps_last_four() {
		$order = WC_Helper_Order::create_order();
		$_POST['layaway_ccnum'] = '4111 1111 1111 1111';
		$_POST['layaway_exp']   = '12/30';
		$_POST['layaway_cid']   = '123';

		$gateway = new WC_Gateway_Layaway();
		add_filter( 'pre_http_request', function () {
			return array( 'response' => array( 'code' => 200 ), 'body' => '{"transaction_id":"txn_1","token":"ptok_1"}' );
		} );
		$gateway->process_payment( $order->get_id() );

		global $wpdb;
		$last4 = $wpdb->get_var( "SELECT card_last4 FROM {$wpdb->prefix}layaway_plans ORDER BY id DESC LIMIT 1" );
		$this->assertSame( '1111', $last4 );
	}

	public function test_amex_cid_accepted() {
		$_POST['layaway_ccnum'] = '378282246310005';
		$_POST['layaway_cid']   = '1234';
		$this->assertSame( 15, strlen( preg_replace( '/\D/', '', $_POST['layaway_ccnum'] ) ) );
	}
}
