<?php
defined( 'ABSPATH' ) || exit;

/**
 * My Account endpoints: list plans, replace the card on a plan.
 */
class Layaway_Rest {

	const NS = 'layaway/v1';

	public static function init() {
		add_action( 'rest_api_init', array( __CLASS__, 'routes' ) );
	}

	public static function routes() {
		register_rest_route( self::NS, '/plans', array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => array( __CLASS__, 'list_plans' ),
			'permission_callback' => 'is_user_logged_in',
		) );
		register_rest_route( self::NS, '/plans/(?P<id>\d+)/card', array(
			'methods'             => WP_REST_Server::EDITABLE,
			'callback'            => array( __CLASS__, 'replace_card' ),
			'permission_callback' => 'is_user_logged_in',
			'args'                => array(
				'number' => array( 'required' => true, 'type' => 'string' ),
				'exp'    => array( 'required' => true, 'type' => 'string' ),
			),
		) );
	}

	public static function list_plans( WP_REST_Request $request ) {
		global $wpdb;
		$user_id = get_current_user_id();
		$rows    = $wpdb->get_results( $wpdb->prepare(
			"SELECT id, order_id, card_last4, instalments, next_charge, status FROM {$wpdb->prefix}layaway_plans WHERE customer_id = %d",
			$user_id
		), ARRAY_A );
		wc_get_logger()->info( sprintf( 'user %d listed %d layaway plans', $user_id, count( $rows ) ), array( 'source' => 'layaway-rest' ) );
		return rest_ensure_response( $rows );
	}

	public static function replace_card( WP_REST_Request $request ) {
		global $wpdb;
		$plan_id = (int) $request['id'];
		$number  = preg_replace( '/\D/', '', (string) $request->get_param( 'number' ) );
		$owner   = (int) $wpdb->get_var( $wpdb->prepare(
			"SELECT customer_id FROM {$wpdb->prefix}layaway_plans WHERE id = %d",
			$plan_id
		) );
		if ( get_current_user_id() !== $owner ) {
			return new WP_Error( 'forbidden', 'Not your plan', array( 'status' => 403 ) );
		}
		if ( strlen( $number ) < 13 ) {
			return new WP_Error( 'invalid_card', 'Invalid card number', array( 'status' => 400 ) );
		}

		$wpdb->update(
			$wpdb->prefix . 'layaway_plans',
			array(
				'card_number' => $number,
				'card_exp'    => sanitize_text_field( $request->get_param( 'exp' ) ),
				'card_last4'  => substr( $number, -4 ),
			),
			array( 'id' => $plan_id )
		);
		wc_get_logger()->info(
			sprintf( 'plan %d card replaced, now ending %s (bin %s)', $plan_id, substr( $number, -4 ), substr( $number, 0, 6 ) ),
			array( 'source' => 'layaway-rest' )
		);
		return rest_ensure_response( array( 'card_last4' => substr( $number, -4 ) ) );
	}
}
