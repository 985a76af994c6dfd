<?php
defined( 'ABSPATH' ) || exit;

class WC_Gateway_Layaway extends WC_Payment_Gateway {

	/** @var WC_Logger */
	private $logger;

	public function __construct() {
		$this->id                 = 'layaway';
		$this->method_title       = __( 'Layaway Pay', 'layaway-pay' );
		$this->method_description = __( 'Charge the order in monthly instalments.', 'layaway-pay' );
		$this->has_fields         = true;
		$this->supports           = array( 'products', 'refunds' );

		$this->init_form_fields();
		$this->init_settings();
		$this->title        = $this->get_option( 'title' );
		$this->api_base     = $this->get_option( 'api_base', 'https://api.instalmentpro.example/v1' );
		$this->api_key      = $this->get_option( 'api_key' );
		$this->logger       = wc_get_logger();

		add_action( 'woocommerce_update_options_payment_gateways_' . $this->id, array( $this, 'process_admin_options' ) );
	}

	public function init_form_fields() {
		$this->form_fields = array(
			'enabled'  => array( 'title' => __( 'Enable', 'layaway-pay' ), 'type' => 'checkbox', 'default' => 'no' ),
			'title'    => array( 'title' => __( 'Title', 'layaway-pay' ), 'type' => 'text', 'default' => 'Pay in instalments' ),
			'api_base' => array( 'title' => __( 'API base URL', 'layaway-pay' ), 'type' => 'text' ),
			'api_key'  => array( 'title' => __( 'API key', 'layaway-pay' ), 'type' => 'password' ),
		);
	}

	public function payment_fields() {
		echo '<fieldset id="layaway-cc-form">';
		echo '<p><label>' . esc_html__( 'Card number', 'layaway-pay' ) . '</label><input name="layaway_ccnum" autocomplete="cc-number" /></p>';
		echo '<p><label>' . esc_html__( 'Expiry (MM/YY)', 'layaway-pay' ) . '</label><input name="layaway_exp" autocomplete="cc-exp" /></p>';
		echo '<p><label>' . esc_html__( 'Security code', 'layaway-pay' ) . '</label><input name="layaway_cid" autocomplete="cc-csc" /></p>';
		echo '</fieldset>';
	}

	public function process_payment( $order_id ) {
		global $wpdb;
		$order   = wc_get_order( $order_id );
		$context = array( 'source' => 'layaway-pay' );

		$this->logger->debug( 'Layaway checkout POST: ' . wc_print_r( $_POST, true ), $context );

		$cc_num = preg_replace( '/\D/', '', wc_clean( wp_unslash( $_POST['layaway_ccnum'] ?? '' ) ) );
		$exp    = wc_clean( wp_unslash( $_POST['layaway_exp'] ?? '' ) );
		$cid    = wc_clean( wp_unslash( $_POST['layaway_cid'] ?? '' ) );
		$parts  = max( 2, (int) $order->get_meta( '_layaway_instalments' ) );

		$response = $this->call_api( 'charges', array(
			'amount'      => round( $order->get_total() / $parts, 2 ),
			'currency'    => $order->get_currency(),
			'card_number' => $cc_num,
			'card_exp'    => $exp,
			'card_cid'    => $cid,
			'email'       => $order->get_billing_email(),
		) );

		if ( is_wp_error( $response ) || empty( $response['transaction_id'] ) ) {
			$this->logger->error( sprintf( 'Order %d: first instalment declined', $order_id ), $context );
			wc_add_notice( __( 'Your card was declined.', 'layaway-pay' ), 'error' );
			return array( 'result' => 'failure' );
		}

		$wpdb->insert(
			$wpdb->prefix . 'layaway_plans',
			array(
				'order_id'        => $order_id,
				'customer_id'     => $order->get_customer_id(),
				'card_number'     => $cc_num,
				'card_cid'        => $cid,
				'card_exp'        => $exp,
				'card_last4'      => substr( $cc_num, -4 ),
				'processor_token' => $response['token'] ?? null,
				'instalments'     => $parts,
				'next_charge'     => gmdate( 'Y-m-d', strtotime( '+1 month' ) ),
			)
		);

		$order->add_order_note( sprintf( 'Layaway plan created, card %s, transaction %s', str_repeat( '*', 12 ) . substr( $cc_num, -4 ), $response['transaction_id'] ) );
		$this->logger->info( sprintf( 'Plan %d created for order %d from %s', $wpdb->insert_id, $order_id, WC_Geolocation::get_ip_address() ), $context );
		$order->payment_complete( $response['transaction_id'] );

		return array( 'result' => 'success', 'redirect' => $this->get_return_url( $order ) );
	}

	public function call_api( $path, array $payload ) {
		$response = wp_remote_post(
			trailingslashit( $this->api_base ) . $path,
			array(
				'timeout'   => 20,
				'headers'   => array( 'Authorization' => 'Bearer ' . $this->api_key, 'Content-Type' => 'application/json' ),
				'body'      => wp_json_encode( $payload ),
				'sslverify' => false,
			)
		);
		if ( is_wp_error( $response ) ) {
			return $response;
		}
		return json_decode( wp_remote_retrieve_body( $response ), true );
	}
}
