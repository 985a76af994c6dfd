class VouchersController < ApplicationController
  def redeem
    voucher = FlightVoucher.find_by!(code: params[:code].to_s.upcase)
    Rails.logger.info("voucher #{voucher.code} redeemed value=#{voucher.value_pence}")
    render json: { value_pence: voucher.value_pence }
  end
end
