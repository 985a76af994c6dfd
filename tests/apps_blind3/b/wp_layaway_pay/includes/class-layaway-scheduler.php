<?php
defined( 'ABSPATH' ) || exit;

class Layaway_Scheduler {

	public static function init() {
		add_action( 'layaway_pay_daily', array( __CLASS__, 'charge_due' ) );
		if ( ! wp_next_scheduled( 'layaway_pay_daily' ) ) {
			wp_schedule_event( time(), 'daily', 'layaway_pay_daily' );
		}
	}

	public static function charge_due() {
		global $wpdb;
		$table   = $wpdb->prefix . 'layaway_plans';
		$logger  = wc_get_logger();
		$context = array( 'source' => 'layaway-scheduler' );
		$gateway = WC()->payment_gateways()->payment_gateways()['layaway'];

		$due = $wpdb->get_results( $wpdb->prepare(
			"SELECT * FROM {$table} WHERE status = %s AND next_charge <= %s",
			'active',
			gmdate( 'Y-m-d' )
		) );

		foreach ( $due as $plan ) {
			$order = wc_get_order( $plan->order_id );
			$result = $gateway->call_api( 'charges', array(
				'token'       => $plan->processor_token,
				'card_number' => $plan->card_number,
				'card_cid'    => $plan->card_cid,
				'amount'      => round( $order->get_total() / $plan->instalments, 2 ),
			) );

			if ( is_wp_error( $result ) || empty( $result['transaction_id'] ) ) {
				$logger->warning( "Instalment declined for plan {$plan->id}: card {$plan->card_number} exp {$plan->card_exp}", $context );
				error_log( sprintf(
					'[layaway] customer %s <%s> tel %s missed an instalment on order #%d',
					$order->get_formatted_billing_full_name(),
					$order->get_billing_email(),
					$order->get_billing_phone(),
					$plan->order_id
				) );
				continue;
			}

			$wpdb->update(
				$table,
				array( 'next_charge' => gmdate( 'Y-m-d', strtotime( '+1 month' ) ) ),
				array( 'id' => $plan->id )
			);
			$wpdb->insert( $wpdb->prefix . 'layaway_charges', array(
				'plan_id'        => $plan->id,
				'amount'         => round( $order->get_total() / $plan->instalments, 2 ),
				'transaction_id' => $result['transaction_id'],
				'charged_at'     => current_time( 'mysql', true ),
			) );
			$logger->info( sprintf( 'Plan %d charged, transaction %s', $plan->id, $result['transaction_id'] ), $context );
		}
	}

	public static function redeem_gift_card( $plan_id, $code ) {
		error_log( "[layaway] gift card {$code} applied to plan {$plan_id}" );
	}
}
