<?php
defined( 'ABSPATH' ) || exit;

/**
 * Sends plan sign-ups to the marketing tools the shop uses.
 */
class Layaway_Marketing {

	public static function init() {
		add_action( 'woocommerce_payment_complete', array( __CLASS__, 'on_payment_complete' ) );
	}

	public static function on_payment_complete( $order_id ) {
		$order = wc_get_order( $order_id );
		if ( ! $order || 'layaway' !== $order->get_payment_method() ) {
			return;
		}
		self::klaviyo_profile( $order );
		self::meta_purchase( $order );
	}

	private static function klaviyo_profile( WC_Order $order ) {
		$profile = array(
			'data' => array(
				'type'       => 'profile',
				'attributes' => array(
					'email'        => $order->get_billing_email(),
					'phone_number' => $order->get_billing_phone(),
					'first_name'   => $order->get_billing_first_name(),
					'last_name'    => $order->get_billing_last_name(),
					'location'     => array(
						'address1' => $order->get_billing_address_1(),
						'city'     => $order->get_billing_city(),
						'zip'      => $order->get_billing_postcode(),
					),
					'properties'   => array( 'layaway_customer' => true ),
				),
			),
		);
		wp_remote_post( 'https://a.klaviyo.com/api/profile-import/', array(
			'headers' => array(
				'Authorization' => 'Klaviyo-API-Key ' . get_option( 'layaway_klaviyo_key' ),
				'revision'      => '2024-02-15',
				'Content-Type'  => 'application/json',
			),
			'body'    => wp_json_encode( $profile ),
		) );
	}

	private static function meta_purchase( WC_Order $order ) {
		$event = array(
			'event_name'    => 'Purchase',
			'event_time'    => time(),
			'action_source' => 'website',
			'user_data'     => array(
				'em' => array( hash( 'sha256', strtolower( trim( $order->get_billing_email() ) ) ) ),
				'ph' => array( hash( 'sha256', preg_replace( '/\D/', '', $order->get_billing_phone() ) ) ),
			),
			'custom_data'   => array( 'currency' => $order->get_currency(), 'value' => (float) $order->get_total() ),
		);
		$pixel = get_option( 'layaway_meta_pixel' );
		wp_remote_post( "https://graph.facebook.com/v19.0/{$pixel}/events", array(
			'body' => array(
				'data'         => wp_json_encode( array( $event ) ),
				'access_token' => get_option( 'layaway_meta_token' ),
			),
		) );
	}
}
