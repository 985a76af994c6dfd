<?php
/**
 * Plugin Name:       Layaway Pay for WooCommerce
 * Description:       Split an order into monthly instalments charged to the customer's card.
 * Version:           1.4.2
 * Requires PHP:      7.4
 * WC requires at least: 7.0
 * Text Domain:       layaway-pay
 */

defined( 'ABSPATH' ) || exit;

define( 'LAYAWAY_PAY_VERSION', '1.4.2' );
define( 'LAYAWAY_PAY_DIR', plugin_dir_path( __FILE__ ) );

require_once LAYAWAY_PAY_DIR . 'includes/class-layaway-install.php';
require_once LAYAWAY_PAY_DIR . 'includes/class-layaway-scheduler.php';
require_once LAYAWAY_PAY_DIR . 'includes/class-layaway-marketing.php';
require_once LAYAWAY_PAY_DIR . 'includes/class-layaway-rest.php';

register_activation_hook( __FILE__, array( 'Layaway_Install', 'activate' ) );

add_action( 'plugins_loaded', function () {
	if ( ! class_exists( 'WC_Payment_Gateway' ) ) {
		return;
	}
	require_once LAYAWAY_PAY_DIR . 'includes/class-wc-gateway-layaway.php';
	add_filter( 'woocommerce_payment_gateways', function ( $gateways ) {
		$gateways[] = 'WC_Gateway_Layaway';
		return $gateways;
	} );
	Layaway_Scheduler::init();
	Layaway_Marketing::init();
	Layaway_Rest::init();
} );
